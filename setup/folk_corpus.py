#!/usr/bin/env python3
"""Folk tunes as MIDI files, one file per tune: the ABC collections of a music21 wheel (or a folder of
COLLECTION/FILE.abc) split into tunes and converted with abc2midi, melody line only.

    folk_corpus.py SOURCE OUT [--collections a,b,c] [--jobs N]

OUT/COLLECTION/FILE/X.abc holds tune X of FILE.abc as converted (its ornaments removed: abc2midi plays a
trill or a roll as 32nd notes, which the 16th-note grid turns into noise) and X.mid its MIDI; a tune abc2midi
could not convert has X.log instead, with what abc2midi said. The corpus is built in a folder beside OUT and moved into
place with folk-corpus.properties written last, so OUT is either complete or absent. One bad tune never
stops the run.
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor

FORMAT = "1"
MARKER = "folk-corpus.properties"
WHEEL_CORPUS = "music21/corpus/"
# The melody line only: no guitar-chord accompaniment, no grace notes (shorter than a 16th), no fermatas
# (they stretch a bar), no dynamics (so abc2midi's bar accent, the first note of each bar louder, stays
# the one velocity pattern), no comment events.
ABC2MIDI_FLAGS = ["-NGUI", "-NGRA", "-NFER", "-NFNP", "-NCOM", "-quiet"]
TUNE_SECONDS = 30
# Ornament decorations before a note (or a chord, a slur, another decoration): roll, trill, mordents, turns.
ORNAMENT = re.compile(rb"(?:[~TMPR]|!(?:trill|trill\(|trill\)|roll|mordent|lowermordent|uppermordent|pralltriller"
                      rb"|turn|turnx|invertedturn|invertedturnx)!|\+(?:trill|roll|mordent|lowermordent|uppermordent"
                      rb"|pralltriller|turn)\+)+(?=[.~!+^_=]*[A-Ga-g\[({])")
FIELD = re.compile(rb"^[A-Za-z+]:")


def abc_files(source, collections):
    """(collection, file stem, ABC bytes) of every .abc file of the chosen collections."""
    found = []
    if os.path.isdir(source):
        for collection in sorted(os.listdir(source)):
            folder = os.path.join(source, collection)
            if os.path.isdir(folder) and (not collections or collection in collections):
                for name in sorted(os.listdir(folder)):
                    if name.endswith(".abc"):
                        with open(os.path.join(folder, name), "rb") as f:
                            found.append((collection, name[:-4], f.read()))
        return found
    with zipfile.ZipFile(source) as wheel:
        for name in sorted(wheel.namelist()):
            parts = name[len(WHEEL_CORPUS):].split("/")
            if name.startswith(WHEEL_CORPUS) and name.endswith(".abc") and len(parts) == 2 \
                    and (not collections or parts[0] in collections):
                found.append((parts[0], parts[1][:-4], wheel.read(name)))
    return found


def tunes(text):
    """(tune id, ABC of that tune) for each X: field; the lines before the first one (the file header) open every tune."""
    lines = text.splitlines(keepends=True)
    header, pieces = [], []
    for line in lines:
        if line.startswith(b"X:"):
            pieces.append([line])
        elif pieces:
            pieces[-1].append(line)
        else:
            header.append(line)
    named, used = [], set()
    for ordinal, piece in enumerate(pieces, 1):
        digits = re.sub(rb"\D", b"", piece[0][2:]).decode() or "0"
        tune_id = digits if digits not in used else "%s-%d" % (digits, ordinal)
        used.add(tune_id)
        named.append((tune_id, b"".join(header + [piece[0]] + without_ornaments(piece[1:]))))
    return named


def without_ornaments(lines):
    """The tune's lines with ornament decorations taken out of the music (not out of fields, comments or quoted text)."""
    out, in_body = [], False
    for line in lines:
        if in_body and not FIELD.match(line) and not line.startswith(b"%"):
            parts = line.split(b'"')
            line = b'"'.join(part if i % 2 else ORNAMENT.sub(b"", part) for i, part in enumerate(parts))
        in_body = in_body or line.startswith(b"K:")
        out.append(line)
    return out


def convert(folder, tune_id):
    """Runs abc2midi on one tune; returns None, or why it wrote no MIDI (also kept in tune_id.log)."""
    abc, midi = tune_id + ".abc", tune_id + ".mid"
    try:
        run = subprocess.run(["abc2midi", abc, "-o", midi] + ABC2MIDI_FLAGS, cwd=folder, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TUNE_SECONDS)
        said = run.stdout.decode("utf-8", "replace")
        problem = None if os.path.isfile(os.path.join(folder, midi)) else first_error(said)
    except subprocess.TimeoutExpired:
        said, problem = "", "abc2midi ran longer than %d s" % TUNE_SECONDS
    if problem:
        if os.path.exists(os.path.join(folder, midi)):
            os.remove(os.path.join(folder, midi))
        with open(os.path.join(folder, tune_id + ".log"), "w") as log:
            log.write(problem + "\n" + said)
    return problem


def first_error(said):
    for line in said.splitlines():
        if line.startswith("Error"):
            return "abc2midi wrote no MIDI: " + line.strip()
    return "abc2midi wrote no MIDI"


def abc2midi_version():
    try:
        return subprocess.run(["abc2midi", "-ver"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=TUNE_SECONDS).stdout.decode().strip()
    except (OSError, subprocess.SubprocessError):
        return None


def build(source, out, collections, jobs):
    started = time.monotonic()
    work = []
    for collection, stem, text in abc_files(source, collections):
        folder = os.path.join(out, collection, stem)
        os.makedirs(folder, exist_ok=True)
        for tune_id, abc in tunes(text):
            with open(os.path.join(folder, tune_id + ".abc"), "wb") as f:
                f.write(abc)
            work.append((folder, tune_id))
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        problems = list(pool.map(lambda job: convert(*job), work))
    failed = [(job, why) for job, why in zip(work, problems) if why]
    for (folder, tune_id), why in failed:
        print("folk corpus: skipped %s: %s" % (os.path.join(os.path.relpath(folder, out), tune_id), why), file=sys.stderr)
    found = sorted({os.path.relpath(folder, out).split(os.sep)[0] for folder, _ in work})
    return {"format": FORMAT, "source": os.path.basename(os.path.normpath(source)), "collections": ",".join(found),
            "tunes": len(work), "converted": len(work) - len(failed), "failed": len(failed),
            "seconds": "%.1f" % (time.monotonic() - started), "abc2midi": abc2midi_version(),
            "flags": " ".join(ABC2MIDI_FLAGS)}


def remove_abandoned(out):
    """Partial folders a killed run left beside OUT (their process is gone)."""
    folder, name = os.path.split(out)
    for entry in os.listdir(folder):
        if entry.startswith(name + ".partial-") or entry.startswith(name + ".old-"):
            pid = entry.rsplit("-", 1)[1]
            if pid.isdigit() and not alive(int(pid)):
                shutil.rmtree(os.path.join(folder, entry), ignore_errors=True)


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def main():
    parser = argparse.ArgumentParser(description="Convert ABC folk tunes to one MIDI file per tune.")
    parser.add_argument("source", help="a music21 wheel (.whl) or a folder of COLLECTION/FILE.abc")
    parser.add_argument("out", help="the corpus folder to create (replaced only when the new one is complete)")
    parser.add_argument("--collections", default="", help="comma-separated collection names (default: all)")
    parser.add_argument("--jobs", type=int, default=2, help="abc2midi runs at a time (default: 2)")
    args = parser.parse_args()
    if shutil.which("abc2midi") is None:
        sys.exit("folk corpus: abc2midi not found (Debian package abcmidi)")
    if not os.path.exists(args.source):
        sys.exit("folk corpus: %s: no such file or folder" % args.source)
    out = os.path.abspath(args.out)
    partial = "%s.partial-%d" % (out, os.getpid())
    os.makedirs(os.path.dirname(out), exist_ok=True)
    remove_abandoned(out)
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit("folk corpus: stopped; nothing was changed"))
    try:
        facts = build(args.source, partial, set(filter(None, args.collections.split(","))), max(1, args.jobs))
        if facts["tunes"] == 0:
            sys.exit("folk corpus: no ABC tunes in %s" % args.source)
        with open(os.path.join(partial, MARKER), "w") as marker:
            marker.writelines("%s=%s\n" % (key, value) for key, value in facts.items() if value is not None)
        old = None
        if os.path.exists(out):
            old = "%s.old-%d" % (out, os.getpid())
            os.rename(out, old)
        os.rename(partial, out)
        if old:
            shutil.rmtree(old)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    print("folk corpus: %(tunes)d tunes, %(converted)d converted, %(failed)d skipped in %(seconds)s s" % facts,
          file=sys.stderr)


if __name__ == "__main__":
    main()
