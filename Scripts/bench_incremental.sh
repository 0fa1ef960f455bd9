#!/usr/bin/env bash
# Times `peilstok run` on the sample inbox as a user sees it: whole process, median of several runs.
#   cold: an empty output directory (no store), so every document is read and the registry linked;
#   warm: the same inbox again, unchanged, so every document comes back from the store.
# Prints both medians and the warm run's share of the cold one (the target is at most 5%).
#   bench_incremental.sh PEILSTOK [INBOX]
set -euo pipefail
peilstok=$(realpath "$1")
inbox=$(realpath "${2:-Inbox}")
rules=$(realpath Rules)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$inbox" "$work/Inbox"
cd "$work"
run="$peilstok run --quiet --rules $rules"
hyperfine -N --style none --warmup 1 --runs 9 --prepare 'rm -rf Output' --export-json cold.json "$run" >/dev/null
$run >/dev/null
hyperfine -N --style none --warmup 2 --runs 21 --export-json warm.json "$run" >/dev/null
python3 - <<'PY'
import json
cold = json.load(open("cold.json"))["results"][0]["median"] * 1000
warm = json.load(open("warm.json"))["results"][0]["median"] * 1000
print(f"peilstok run, sample inbox (median, whole process)")
print(f"  cold (empty store)     {cold:8.1f} ms")
print(f"  warm (unchanged inbox) {warm:8.1f} ms   {100 * warm / cold:5.1f}% of cold (target: at most 5%)")
PY
