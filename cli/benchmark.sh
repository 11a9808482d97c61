#!/bin/sh
# How long `ordo orders list` takes, next to curl sending the same request in the same run, so
# what the CLI adds (JVM start, class loading, TLS, JSON) shows apart from what the server takes.
#
#   cli/benchmark.sh                      # the server of the saved session (sign in first)
#   ORDO_SERVER=https://host:port cli/benchmark.sh
#
# Needs hyperfine (Debian: apt-get install hyperfine) and curl; sign in with `ordo login` first.
# For a server with a development certificate set ORDO_TRUSTSTORE as for ordo itself; curl is
# given the same certificate. Build first: ./mvnw -pl cli -am package -DskipTests
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ordo="$here/ordo"
session="${ORDO_CONFIG_HOME:-${XDG_CONFIG_HOME:-$HOME/.config}/ordo}/session.json"
[ -f "$session" ] || { echo "benchmark: no session in $session: sign in with ordo login first" >&2; exit 2; }
field() { sed -n "s/.*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p" "$session" | head -n 1; }
server="${ORDO_SERVER:-$(field server)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One command first, so the session renews now if it must, not during the runs.
"$ordo" orders list --server "$server" > /dev/null
token=$(field accessToken)
printf 'header = "Authorization: Bearer %s"\n' "$token" > "$work/curl.conf"
if [ -n "${ORDO_TRUSTSTORE:-}" ]; then
    keytool -exportcert -rfc -keystore "$ORDO_TRUSTSTORE" -storepass "${ORDO_TRUSTSTORE_PASSWORD:-ordo-dev}" \
        -alias "$(keytool -list -keystore "$ORDO_TRUSTSTORE" -storepass "${ORDO_TRUSTSTORE_PASSWORD:-ordo-dev}" \
                  | sed -n 's/^\([^,]*\), .*trustedCertEntry.*/\1/p' | head -n 1)" > "$work/ca.pem"
    printf 'cacert = "%s"\n' "$work/ca.pem" >> "$work/curl.conf"
fi

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
hyperfine --warmup 2 --runs "${RUNS:-15}" --export-markdown "$here/target/benchmark.md" \
    --command-name "curl (same request)" "curl -sf -K $work/curl.conf '$server/api/v1/orders?limit=50' -o /dev/null" \
    --command-name "ordo orders list" "$ordo orders list --server $server" \
    --command-name "ordo --help" "$ordo --help" \
    --command-name "ordo orders list (no archive, default JIT)" \
        "java -jar $here/target/ordo-cli.jar orders list --server $server"
echo "Table in $here/target/benchmark.md"
