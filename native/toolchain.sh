#!/usr/bin/env bash
# Assembles a GraalVM-shaped home for native-image builds from what this machine can reach: the
# installed JDK 25 (which has JVMCI, jdk.internal.vm.ci, and the upgradeable jdk.graal.compiler
# module) and the GraalVM image builder's jars from Maven Central (native/toolchain/pom.xml).
# Prints the home's path on its last line; the home is cached and rebuilt only when this script,
# the pom or the files in native/toolchain/ change. See docs/OPERATIONS.md ("Native executable").
#
#   native/toolchain.sh            assemble (or reuse) the home, print its path
#   CAMPUS_NATIVE_HOME=DIR         put the home there instead of ~/.cache/campus-careers/
#   NATIVE_JDK=DIR                 the JDK 25 to build on (default: JAVA_HOME if it is 25 with
#                                  JVMCI, else the newest /usr/lib/jvm/*25*)
#
# The home has: the JDK (copied: the builder finds its helper library under its own java.home),
# lib/svm/builder/*.jar (the builder's modules), lib/jvmci/graal.jar (the Graal compiler that
# replaces the JDK's empty jdk.graal.compiler module), lib/svm/builder/lib/libreporterchelper.so
# (native/toolchain/reporterchelper.c), lib/svm/clibraries/linux-amd64/include/*.h (the headers
# the builder's C queries include, generated from the builder's own declarations by
# native/toolchain/CHeaders.java) and bin/native-image (native/toolchain/NativeImageLauncher.java,
# standing in for GraalVM's driver, which Maven Central does not carry).
#
# What it does not have: the static libraries a native executable is linked with (the JDK's
# libjava.a, libnio.a, libnet.a, libzip.a, ... and GraalVM's libjvm.a / liblibchelper.a). So
# builds stop after the object file: native/build-object.sh passes -H:+ExitAfterRelocatableImageWrite.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

pick_jdk() {
  local candidate
  for candidate in "${NATIVE_JDK:-}" "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*25* 2>/dev/null | sort -r); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if "$candidate/bin/java" --list-modules 2>/dev/null | grep -q '^jdk.internal.vm.ci@25' &&
       "$candidate/bin/java" --list-modules 2>/dev/null | grep -q '^jdk.graal.compiler@'; then
      echo "$candidate"
      return 0
    fi
  done
  echo "native/toolchain.sh: no JDK 25 with jdk.internal.vm.ci and jdk.graal.compiler found (set NATIVE_JDK)" >&2
  return 1
}

jdk=$(pick_jdk)
jdk_version=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')
graalvm_version=$(sed -n 's:.*<graalvm.version>\(.*\)</graalvm.version>.*:\1:p' native/toolchain/pom.xml)
stamp=$(cat native/toolchain.sh native/toolchain/* | sha256sum | cut -c1-16)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/campus-careers
home=${CAMPUS_NATIVE_HOME:-$cache/native-image-$graalvm_version-jdk-$jdk_version}
properties="$home/lib/svm/campus-toolchain.properties"

if [ -f "$properties" ] && grep -qx "STAMP=$stamp" "$properties"; then
  echo "$home"
  exit 0
fi

if ! command -v gcc >/dev/null 2>&1; then
  # The builder compiles small C programs to query struct layouts; it needs a C compiler.
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "native/toolchain.sh: installing gcc (the image builder's C queries need it)" >&2
    apt-get install -y -q gcc >&2 || { apt-get update -q >&2 && apt-get install -y -q gcc >&2; }
  else
    echo "native/toolchain.sh: gcc is required (the image builder compiles C queries)" >&2
    exit 1
  fi
fi

echo "native/toolchain.sh: assembling $home (GraalVM builder $graalvm_version on $jdk, JDK $jdk_version)" >&2
work="$home.tmp.$$"
rm -rf "$work"
mkdir -p "$(dirname "$home")"
trap 'rm -rf "$work"' EXIT
cp -a "$jdk/." "$work/"

# The builder's jars (svm, pointsto, objectfile, native-image-base, compiler, the SDK modules, ...).
builder="$work/lib/svm/builder"
mkdir -p "$builder/lib" "$work/lib/jvmci"
JAVA_HOME="$jdk" ./mvnw -q -B -ntp ${MAVEN_OFFLINE:+-o} -f native/toolchain/pom.xml \
  dependency:copy-dependencies -DoutputDirectory="$builder" -DincludeScope=runtime >&2
mv "$builder"/compiler-"$graalvm_version".jar "$work/lib/jvmci/graal.jar"

# JDK-internal packages the builder uses: all packages of these modules, exported to the
# builder's modules (the driver's graal-compiler-flags list, which is generated at GraalVM's
# build from the builder's requiresConcealed, is a subset of this).
exports_modules="java.base jdk.internal.vm.ci java.management jdk.management jdk.jfr jdk.internal.jvmstat
  java.logging java.instrument jdk.zipfs java.xml java.desktop java.naming java.net.http
  java.security.jgss jdk.crypto.cryptoki jdk.net jdk.sctp jdk.attach jdk.unsupported java.rmi
  jdk.management.agent jdk.internal.ed"
for module in $exports_modules; do
  "$jdk/bin/java" --describe-module "$module" |
    awk -v m="$module" '/^contains /{print m "/" $2} /^qualified (exports|opens) /{print m "/" $3}'
done | sort -u > "$work/lib/svm/builder-exports.txt"

# Headers for the builder's C queries (GraalVM's libchelper headers), from the builder's own
# @CStruct/@CConstant declarations.
"$jdk/bin/java" native/toolchain/CHeaders.java "$builder/svm-$graalvm_version.jar" \
  "$work/lib/svm/clibraries/linux-amd64/include" >&2

# The builder lists the static libraries in each -H:CLibraryPath directory; GraalVM's own
# (libjvm.a, liblibchelper.a) would be in glibc/. Maven Central has none, so it stays empty.
mkdir -p "$work/lib/svm/clibraries/linux-amd64/glibc"

gcc -O2 -shared -fPIC -I"$jdk/include" -I"$jdk/include/linux" \
  -o "$builder/lib/libreporterchelper.so" native/toolchain/reporterchelper.c

# The native-image command: NativeImageLauncher in a JVM that has the builder's modules.
launcher="$work/lib/svm/launcher"
mkdir -p "$launcher"
builder_mp=$(ls "$builder"/*.jar | tr '\n' ':')
builder_modules=$(for jar in "$builder"/*.jar "$work/lib/jvmci/graal.jar"; do
  "$jdk/bin/jar" --describe-module --file "$jar" | head -n 1 | sed 's/@.*//; s/ .*//'; done | sort -u)
{
  for jar in "$builder"/*.jar "$work/lib/jvmci/graal.jar"; do
    module=$("$jdk/bin/jar" --describe-module --file "$jar" | head -n 1 | sed 's/@.*//; s/ .*//')
    "$jdk/bin/jar" --describe-module --file "$jar" |
      awk -v m="$module" '/^contains /{print "--add-opens=" m "/" $2 "=ALL-UNNAMED"} /^(exports|opens) /{print "--add-opens=" m "/" $2 "=ALL-UNNAMED"} /^qualified (exports|opens) /{print "--add-opens=" m "/" $3 "=ALL-UNNAMED"}'
  done
  sed "s/\$/=ALL-UNNAMED,$(echo $builder_modules | tr ' ' ',')/; s/^/--add-exports=/" "$work/lib/svm/builder-exports.txt"
} | sort -u > "$launcher/exports.args"
sed 's/^--add-opens=/--add-exports=/' "$launcher/exports.args" > "$work/javac-exports.args"
"$jdk/bin/javac" -nowarn -d "$launcher" --upgrade-module-path "$work/lib/jvmci/graal.jar" \
  --module-path "$builder_mp" --add-modules org.graalvm.nativeimage.builder @"$work/javac-exports.args" \
  native/toolchain/NativeImageLauncher.java 2>&1 | grep -v '^Note:' >&2 || true
[ -f "$launcher/NativeImageLauncher.class" ] || { echo "native/toolchain.sh: the launcher did not compile" >&2; exit 1; }

cat > "$work/bin/native-image" <<'EOF'
#!/usr/bin/env bash
# native-image for this GraalVM-shaped home (written by campus-careers' native/toolchain.sh).
home=$(cd "$(dirname "$0")/.." && pwd)
exec "$home/bin/java" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI -XX:-UseJVMCICompiler \
  -XX:TieredStopAtLevel=1 -Xshare:auto --enable-native-access=ALL-UNNAMED \
  --upgrade-module-path "$home/lib/jvmci/graal.jar" --module-path "$home/lib/svm/builder" \
  --add-modules org.graalvm.nativeimage.builder @"$home/lib/svm/launcher/exports.args" \
  -Dnative-image.home="$home" -cp "$home/lib/svm/launcher" NativeImageLauncher "$@"
EOF
chmod +x "$work/bin/native-image"

cat > "$work/lib/svm/campus-toolchain.properties" <<EOF
GRAALVM_VERSION=$graalvm_version
JDK=$jdk
JDK_VERSION=$jdk_version
STAMP=$stamp
EOF

rm -f "$work/javac-exports.args"
rm -rf "$home"
mv "$work" "$home"
trap - EXIT
"$home/bin/native-image" --version >&2
echo "$home"
