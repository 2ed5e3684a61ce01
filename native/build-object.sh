#!/usr/bin/env bash
# The service's native build on this machine, with the real GraalVM image builder, up to the
# object file: the whole analysis, build-time class initialisation and compilation, everything
# that fails for application reasons. It stops there because the static libraries a native
# executable is linked with are not to be had here (see docs/OPERATIONS.md, "Native executable").
#
#   native/build-object.sh     about 35 s for Quarkus' part, then the builder (see OPERATIONS.md)
#
# 1. native/toolchain.sh assembles (or reuses) the GraalVM-shaped home;
# 2. Quarkus' native build writes target/native-sources/ (native-image.args and the runner jar);
# 3. that home's bin/native-image runs on exactly those arguments, plus
#    -H:+ExitAfterRelocatableImageWrite, keeping its temporary directory (target/native-sources/object/).
# Prints the object file, its size, the build time and the builder's peak RSS; exits non-zero
# when the builder fails. Environment: NATIVE_XMX (builder heap, default 8g), NATIVE_NICE
# (niceness, default 15), MAVEN_OFFLINE.
set -euo pipefail
cd "$(dirname "$0")/.."

home=$(native/toolchain.sh | tail -n 1)

./mvnw -B -ntp ${MAVEN_OFFLINE:+-o} package -DskipTests \
  -Dquarkus.native.enabled=true -Dquarkus.native.sources-only=true -Dquarkus.package.jar.enabled=false

cd target/native-sources
rm -rf object
mkdir object
start=$(date +%s)
set +e
# shellcheck disable=SC2046 # native-image.args is one line of space-separated arguments
nice -n "${NATIVE_NICE:-15}" "$home/bin/native-image" "-J-Xmx${NATIVE_XMX:-8g}" $(cat native-image.args) \
  -H:+UnlockExperimentalVMOptions -H:+ExitAfterRelocatableImageWrite -H:TempDirectory="$PWD/object" \
  -H:-UnlockExperimentalVMOptions 2>&1 | tee native-image.log
status=${PIPESTATUS[0]}
set -e
elapsed=$(($(date +%s) - start))
object=$(find object -name '*.o' -print -quit)
if [ "$status" != 0 ] || [ -z "$object" ]; then
  echo "native/build-object.sh: the image builder failed (exit $status) after ${elapsed}s; see target/native-sources/native-image.log" >&2
  exit 1
fi
peak=$(sed -n 's/.*Peak RSS: \([0-9.]*[KMG]B\).*/\1/p' native-image.log | tail -n 1)
echo "native/build-object.sh: wrote target/native-sources/$object ($(du -h "$object" | cut -f1)) in ${elapsed}s; builder peak RSS ${peak:-unknown}"
