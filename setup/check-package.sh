#!/usr/bin/env bash
# Checks a built .deb the way a user meets it, without Maven, the source tree or a display: unpacked with dpkg -x into
# an empty folder made read-only, run with an empty HOME and a bare environment: `latent --version`, then `latent
# sample`, which loads PyTorch and decodes with a shipped model, and that the runtime can download over HTTPS.
# Fails (non-zero) when any of it fails.
#   setup/check-package.sh [PACKAGE.deb]   (default: the one ./latent package built)
set -euo pipefail
HERE="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
deb="${1:-$(ls "$HERE"/target/package/latent-explorer_*.deb)}"
check=$(mktemp -d)
trap 'chmod -R u+w "$check"; rm -rf "$check"' EXIT
dpkg -x "$deb" "$check/root"
chmod -R a-w "$check/root"
mkdir "$check/home" "$check/work"
latent="$check/root/opt/latent-explorer/bin/latent"
run() { (cd "$check/work" && env -i PATH=/usr/bin:/bin HOME="$check/home" "$latent" "$@"); }
run --version
for module in java.net.http jdk.crypto.ec; do # the Train view's MNIST download needs HTTPS
  grep -q "$module" "$check/root/opt/latent-explorer/lib/runtime/release" || { echo "check-package: the runtime lacks $module" >&2; exit 1; }
done
run sample -m mnist-vae-2d -n 4 --seed 1 -o "$check/work/sample.png"
[ -s "$check/work/sample.png" ] || { echo "check-package: sample wrote no picture" >&2; exit 1; }
echo "check-package: $(basename "$deb") starts unpacked and read-only, and decodes with a shipped model"
