# make run: install, migrate, create the roles, load the demo once, serve http://127.0.0.1:8000
# make test: install, lint, check migrations, run the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py

.PHONY: install run test lint bench backup restore clean

$(BIN)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed

run: install
	mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) setup_roles
	$(MANAGE) load_demo --if-empty
	$(MANAGE) runserver 127.0.0.1:8000

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	DJANGO_DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/run.py

backup: install
	$(MANAGE) backup $(if $(TO),--to $(TO),)

restore: install
	test -n "$(FROM)" || { echo "Cách dùng: make restore FROM=var/backups/<thư mục>"; exit 2; }
	$(MANAGE) restore $(FROM)

clean:
	rm -rf $(VENV) var/static
