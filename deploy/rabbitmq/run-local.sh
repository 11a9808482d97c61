#!/bin/sh
# Starts a throw-away RabbitMQ node (Debian's rabbitmq-server: apt-get install rabbitmq-server)
# with the AMQP 1.0 plugin and Ordo's topology (definitions.json), for trying Ordo against
# RabbitMQ: the integration tests' -Prabbitmq profile, or a server of your own.
#
#   deploy/rabbitmq/run-local.sh [data folder]    (default: a new temporary folder)
#
# It runs in the foreground (Ctrl-C stops it) and prints the environment variables to use.
# Port: ORDO_RABBITMQ_PORT (default 5672). The node's files, logs included, stay in the data
# folder. User "ordo" with a random password; nothing listens beyond the loopback interface.
set -eu

# Debian's /usr/sbin wrappers switch to the rabbitmq user and its home; the scripts behind them
# run as whoever calls them, with the files below.
bin=${RABBITMQ_BIN:-/usr/lib/rabbitmq/bin}

here=$(cd "$(dirname "$0")" && pwd)
data=${1:-$(mktemp -d /tmp/ordo-rabbitmq.XXXXXX)}
port=${ORDO_RABBITMQ_PORT:-5672}
mkdir -p "$data"
data=$(cd "$data" && pwd)

export HOME="$data"                          # the Erlang cookie lives here, for rabbitmqctl too
export RABBITMQ_NODENAME="ordo-$port@localhost"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$port"
export RABBITMQ_DIST_PORT=$((port + 20000))
export RABBITMQ_MNESIA_BASE="$data/mnesia"
export RABBITMQ_LOG_BASE="$data/log"
export RABBITMQ_CONFIG_FILE="$data/rabbitmq.conf"
export RABBITMQ_ENABLED_PLUGINS_FILE="$data/enabled_plugins"
export RABBITMQ_PID_FILE="$data/rabbitmq.pid"

echo '[rabbitmq_amqp1_0].' > "$RABBITMQ_ENABLED_PLUGINS_FILE"
cat > "$RABBITMQ_CONFIG_FILE" <<CONF
listeners.tcp.1 = 127.0.0.1:$port
load_definitions = $here/definitions.json
loopback_users = none
CONF

password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
"$bin/rabbitmq-server" &
server=$!
trap '"$bin/rabbitmqctl" stop >/dev/null 2>&1 || kill $server; wait $server' INT TERM
# await_startup gives up at once while the node has not registered yet: ask again until it answers.
tries=0
until "$bin/rabbitmqctl" await_startup --timeout 120 >/dev/null 2>&1; do
  tries=$((tries + 1))
  if [ "$tries" -ge 60 ] || ! kill -0 $server 2>/dev/null; then
    echo "RabbitMQ did not start; see $data/log" >&2
    kill $server 2>/dev/null || true
    exit 1
  fi
  sleep 2
done
"$bin/rabbitmqctl" add_user ordo "$password" >/dev/null
"$bin/rabbitmqctl" set_permissions -p / ordo '.*' '.*' '.*' >/dev/null
"$bin/rabbitmqctl" delete_user guest >/dev/null 2>&1 || true   # absent when definitions load at boot

cat <<ENV
RabbitMQ $("$bin/rabbitmqctl" version) on 127.0.0.1:$port (data in $data); for the integration tests:
export ORDO_IT_RABBITMQ_PORT=$port ORDO_IT_RABBITMQ_USERNAME=ordo ORDO_IT_RABBITMQ_PASSWORD=$password ORDO_IT_RABBITMQ_ADDRESSES=v1
for a server: ORDO_AMQP_HOST=127.0.0.1 ORDO_AMQP_PORT=$port ORDO_AMQP_USERNAME=ordo ORDO_AMQP_PASSWORD=$password
  ORDO_EVENTS_ADDRESS=/exchange/ordo.events ORDO_EVENTS_<CONTEXT>_QUEUE=/amq/queue/ordo.events.<context>
ENV
echo "$password" > "$data/ordo.password"
wait $server
