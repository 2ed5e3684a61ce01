#!/usr/bin/env bash
# A local Keycloak with the campus realm, for the Keycloak-backed tests and the demo. Not for
# production: start-dev keeps its data in an H2 file, serves plain HTTP and trusts any host header.
#
#   deploy/keycloak/keycloak.sh start   fetch Keycloak through Maven (cached in ~/.m2), unpack it in
#                                       target/keycloak, import the realms and start it in the background
#   deploy/keycloak/keycloak.sh wait    wait until the campus realm answers (at most KEYCLOAK_WAIT_SECONDS, 180)
#   deploy/keycloak/keycloak.sh url     print the realm URL, e.g. http://127.0.0.1:18180/realms/campus
#   deploy/keycloak/keycloak.sh status  succeed if the Keycloak started here is running
#   deploy/keycloak/keycloak.sh stop    stop it by the process id written at start
#
# The port is CAMPUS_KEYCLOAK_PORT, or the first free one from 18180 up (so that two checkouts on one
# machine can both run it). Keycloak runs on $JAVA_HOME/bin/java, or on the java on the PATH (17 or newer).
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=26.5.6
ARTIFACT=org.keycloak:keycloak-quarkus-dist:$VERSION:zip
WORK=target/keycloak
HOME_DIR=$WORK/keycloak-$VERSION
PID_FILE=$WORK/keycloak.pid
PORT_FILE=$WORK/port
LOG=$WORK/keycloak.log
REALMS=(deploy/keycloak/campus-realm.json src/test/resources/keycloak/other-realm.json)

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

running() {
  [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

realm_url() {
  [ -f "$PORT_FILE" ] || { echo "Keycloak has not been started (no $PORT_FILE)" >&2; exit 1; }
  echo "http://127.0.0.1:$(cat "$PORT_FILE")/realms/campus"
}

fetch() {
  [ -x "$HOME_DIR/bin/kc.sh" ] && return
  mkdir -p "$WORK"
  echo "Fetching $ARTIFACT through Maven"
  ./mvnw -q -B -ntp dependency:copy -Dartifact="$ARTIFACT" -DoutputDirectory="$WORK" -Dmdep.overWriteIfNewer=true
  unzip -q -o "$WORK/keycloak-quarkus-dist-$VERSION.zip" -d "$WORK"
  rm -f "$WORK/keycloak-quarkus-dist-$VERSION.zip"
}

start() {
  if running; then
    echo "Keycloak is already running (pid $(cat "$PID_FILE")) at $(realm_url)"
    return
  fi
  fetch
  local port=${CAMPUS_KEYCLOAK_PORT:-}
  if [ -z "$port" ]; then
    port=18180
    while port_in_use "$port"; do port=$((port + 1)); done
  elif port_in_use "$port"; then
    echo "Port $port is already in use" >&2
    exit 1
  fi
  # Import the realms from the repository on every start: the import skips realms that exist, so the
  # previous run's database goes first.
  rm -rf "$HOME_DIR/data/h2" "$HOME_DIR/data/import"
  mkdir -p "$HOME_DIR/data/import"
  cp "${REALMS[@]}" "$HOME_DIR/data/import/"
  echo "$port" > "$PORT_FILE"
  echo "Starting Keycloak $VERSION on http://127.0.0.1:$port (log: $LOG)"
  # The hostname is fixed so that the issuer in the tokens does not depend on how a client spells
  # the address (localhost or 127.0.0.1).
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    nohup "$HOME_DIR/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" \
    --hostname="http://127.0.0.1:$port" --import-realm > "$LOG" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
}

wait_ready() {
  local url limit deadline
  url="$(realm_url)/.well-known/openid-configuration"
  limit=${KEYCLOAK_WAIT_SECONDS:-180}
  deadline=$((SECONDS + limit))
  until curl -sf -o /dev/null "$url"; do
    if ! running; then
      echo "Keycloak exited; the end of $LOG:" >&2
      tail -n 40 "$LOG" >&2
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "Keycloak did not answer $url within ${limit}s; the end of $LOG:" >&2
      tail -n 40 "$LOG" >&2
      exit 1
    fi
    sleep 2
  done
  echo "Keycloak is ready: $(realm_url)"
}

stop() {
  if ! running; then
    rm -f "$PID_FILE"
    return
  fi
  local pid
  pid=$(cat "$PID_FILE")
  echo "Stopping Keycloak (pid $pid)"
  kill "$pid"
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "Keycloak did not stop within 30 s; killing it" >&2
    pkill -9 -P "$pid" || true   # kc.sh runs Java as its child
    kill -9 "$pid"
  fi
  rm -f "$PID_FILE"
}

case "${1:-}" in
  start) start ;;
  wait) wait_ready ;;
  url) realm_url ;;
  status) running ;;
  stop) stop ;;
  *) echo "usage: $0 start|wait|url|status|stop" >&2; exit 2 ;;
esac
