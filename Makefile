# The one test command (README and .ci/run call it): installs what the tests need, then runs them all.
PYTHON ?= python3
VENV ?= .venv
TOOLS ?= $(CURDIR)/.tools
export PWA2WX_TOOLS := $(TOOLS)

.PHONY: test install tools fixtures browser lint

test: install tools fixtures browser
	$(VENV)/bin/ruff check bridge tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/python -m pytest

install:
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -e '.[test]'

# WeChat's official wcc/wcsc (npm miniprogram-compiler), DevTools' compile and code quality scan (miniprogram-ci),
# rxjs for the runtime's unit tests (7, and 6 as rxjs6: Angular 12-14 apps run on it), ws as the WebSocket
# server the socket shim's test talks to, and Dexie and idb, the IndexedDB libraries the runtime's indexedDB is
# tested with.
tools:
	mkdir -p $(TOOLS)
	test -f $(TOOLS)/package.json || echo '{"name": "pwa2wx-tools", "private": true}' > $(TOOLS)/package.json
	npm install --prefix $(TOOLS) --no-audit --no-fund --silent miniprogram-compiler@0.2.3 miniprogram-ci@2.1.42 rxjs@7.8.1 rxjs6@npm:rxjs@6.6.7 tslib@2 ws@8.18.0 tailwindcss@3.4.17 dexie@4.0.10 idb@8.0.1

# Headless Chromium for the screenshot and web-view tests: Debian's package, installed when missing if this runs
# as root with apt-get (best effort: without a browser those tests skip, tests/needs.py).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	    timeout 300 sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium' \
	    >/dev/null 2>&1; } || echo "Chromium is not installed: the headless-browser tests skip"

# The fixture apps' node_modules, installed the way users have them.
fixtures:
	for app in fixtures/*/; do \
	  if [ -f $$app/package-lock.json ] && [ ! -d $$app/node_modules ]; then \
	    (cd $$app && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --silent) || exit 1; \
	  fi; \
	done

lint:
	$(VENV)/bin/ruff check bridge tests bench
	$(VENV)/bin/mypy
