#!/usr/bin/env bash
# Runs the Playwright suite. Where this machine lets an unprivileged network namespace be made, the suite runs inside
# one (`unshare -n`: no interface but a downed loopback), which proves the app needs no network at all. Playwright
# drives Chromium over a pipe, so nothing else is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
if unshare -n true 2>/dev/null; then
  echo "E2E: running inside a network namespace with no network (unshare -n)"
  exec unshare -n npx playwright test "$@"
else
  echo "E2E: unshare -n is not allowed on this machine; running with the route recorder only"
  exec npx playwright test "$@"
fi
