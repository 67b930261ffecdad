#!/usr/bin/env bash
# Builds the installable app with jpackage (called by `./latent package` after the build):
#   target/package/image/latent-explorer/   an app image: a trimmed Java runtime (jlink), the app, JavaFX, DJL
#   target/package/latent-explorer_VERSION_amd64.deb   the same as a Debian package: /opt/latent-explorer, a menu entry,
#                                                      and /usr/bin/latent linked to its command-line launcher
# The launchers find the app beside themselves, so the package also runs where `dpkg -x` unpacked it (CI does that).
# The PyTorch library ships already unpacked in DJL's cache layout inside the app, so the app never unpacks 440 MB
# into each user's home, works from a read-only /opt and never goes online (ai.djl.offline=true).
set -euo pipefail
HERE="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
TARGET="$HERE/target"
OUT="$TARGET/package"
NAME=latent-explorer
VERSION="${LATENT_VERSION:-0.1.0}"
JDK_BIN="$(dirname "$(readlink -f "$(command -v jpackage)")")"
# What the app, DJL, JNA, JFugue and JavaFX use of the JDK (jdeps over the jars, plus what reflection reaches), and
# JavaFX itself, linked into the runtime from its modular jars; java.net.http and jdk.crypto.ec let it download MNIST over HTTPS.
JAVA_MODULES=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,javafx.controls

say() { echo "package: $*" >&2; }

rm -rf "$OUT"
mkdir -p "$OUT/deps" "$OUT/javafx" "$OUT/input/djl" "$OUT/resources"
mvn -q -B -f "$HERE/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$OUT/deps" >/dev/null

cp "$TARGET/latent-explorer.jar" "$OUT/input/"
for jar in "$OUT"/deps/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) cp "$jar" "$OUT/javafx/" ;;
    javafx-*) ;;                    # the empty platform-neutral JavaFX jars
    pytorch-native-*|pytorch-jni-*) ;;  # unpacked below
    *) cp "$jar" "$OUT/input/" ;;
  esac
done

# DJL finds libtorch and its JNI library in ENGINE_CACHE_DIR/pytorch/VERSION-FLAVOR-CLASSIFIER when they are there, and
# then only reads the platform's pytorch.properties from the class path: ship both, and a jar holding only that file.
native_jar=$(ls "$OUT"/deps/pytorch-native-cpu-*.jar)
jni_jar=$(ls "$OUT"/deps/pytorch-jni-*.jar)
mkdir -p "$OUT/unpacked"
(cd "$OUT/unpacked" && "$JDK_BIN/jar" xf "$native_jar" native pytorch && "$JDK_BIN/jar" xf "$jni_jar" jnilib)
props="$OUT/unpacked/native/lib/pytorch.properties"
torch_version=$(sed -n 's/^version=//p' "$props")
flavor=$(sed -n 's/^flavor=//p' "$props")
classifier=$(sed -n 's/^classifier=//p' "$props")
djl_version=$(basename "$jni_jar" .jar | sed 's/.*-//')
libs="$OUT/input/djl/pytorch/$torch_version-$flavor-$classifier"
mkdir -p "$libs"
mv "$OUT/unpacked/pytorch/$flavor/$classifier"/* "$libs/"
mv "$OUT/unpacked/jnilib/$classifier/$flavor/libdjl_torch.so" "$libs/$djl_version-libdjl_torch.so"
(cd "$OUT/unpacked" && "$JDK_BIN/jar" --create --file "$OUT/input/pytorch-native-platform.jar" native/lib/pytorch.properties)
rm -rf "$OUT/unpacked"

cp -r "$HERE/models" "$OUT/input/models"
find "$OUT/input/models" -name '.*' -prune -exec rm -rf {} +

# `latent` on the PATH beside the window's launcher: the same program, without a menu entry of its own.
printf 'linux-shortcut=false\n' > "$OUT/latent.properties"
printf '%s\n' '[Desktop Entry]' 'Name=Latent Explorer' 'GenericName=Latent space explorer' 'Comment=APPLICATION_DESCRIPTION' \
  'Exec=APPLICATION_LAUNCHER' 'Icon=APPLICATION_ICON' 'Terminal=false' 'Type=Application' 'Categories=DEPLOY_BUNDLE_CATEGORY' \
  > "$OUT/resources/$NAME.desktop"
entry="/opt/$NAME/lib/$NAME-$NAME.desktop"
cli="/opt/$NAME/bin/latent"
cat > "$OUT/resources/postinst" <<EOF
#!/bin/sh
set -e
if [ "\$1" = configure ]; then
  xdg-desktop-menu install $entry || true
  [ -e /usr/bin/latent ] && [ "\$(readlink /usr/bin/latent)" != $cli ] || ln -sf $cli /usr/bin/latent
fi
exit 0
EOF
cat > "$OUT/resources/prerm" <<EOF
#!/bin/sh
set -e
case "\$1" in
  remove|upgrade|deconfigure)
    xdg-desktop-menu uninstall $entry || true
    [ "\$(readlink /usr/bin/latent)" = $cli ] && rm -f /usr/bin/latent || true ;;
esac
exit 0
EOF

say "jpackage: app image (jlink: $JAVA_MODULES)"
JAVA_OPTIONS=(
  "-Dai.djl.offline=true"
  "-DENGINE_CACHE_DIR=\$APPDIR/djl"
  "-Dlatent.models=\$APPDIR/models"
  "--add-exports=java.desktop/com.sun.media.sound=ALL-UNNAMED"
  # as the launcher: free heap goes back to the system after a collection, and an idle app collects
  "-XX:MaxHeapFreeRatio=30" "-XX:MinHeapFreeRatio=10" "-XX:G1PeriodicGCInterval=60000"
)
options=()
for o in "${JAVA_OPTIONS[@]}"; do options+=(--java-options "$o"); done
"$JDK_BIN/jpackage" --type app-image --dest "$OUT/image" --name "$NAME" --app-version "$VERSION" \
  --input "$OUT/input" --main-jar latent-explorer.jar --main-class org.latentexplorer.cli.Main \
  --module-path "$OUT/javafx" --add-modules "$JAVA_MODULES" --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands" \
  --icon "$HERE/assets/icon.png" --add-launcher "latent=$OUT/latent.properties" "${options[@]}" \
  --description "Train and explore variational autoencoders" --vendor "Latent Explorer"

say "jpackage: Debian package"
"$JDK_BIN/jpackage" --type deb --dest "$OUT" --app-image "$OUT/image/$NAME" --name "$NAME" --app-version "$VERSION" \
  --install-dir /opt --resource-dir "$OUT/resources" --linux-package-name "$NAME" --linux-shortcut --linux-menu-group Education \
  --linux-app-category education --linux-deb-maintainer "latent-explorer@localhost" \
  --icon "$HERE/assets/icon.png" --description "Train and explore variational autoencoders" --vendor "Latent Explorer" \
  --about-url "https://djl.ai"

deb=$(ls "$OUT"/"$NAME"_*.deb)
say "$deb: $(du -h "$deb" | cut -f1) (installed: $(dpkg-deb -f "$deb" Installed-Size) KB)"
echo "$deb"
