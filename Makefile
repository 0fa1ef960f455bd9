# The commands a newcomer needs; see README.md.
SWIFT ?= swift
PEILSTOK = .build/debug/peilstok
GOLD = ../shared/gold

PREFIX ?= /usr/local
# The build `install` installs: release (Swift's standard library linked in, so it runs without the toolchain),
# or debug for a quick check; BIN_PATH installs programs already built there instead of building (the tests use it,
# since SwiftPM keeps .build locked while they run).
CONFIGURATION ?= release
BIN_PATH ?=

# The release build as shipped: Swift's standard library linked in, so the programs run without the toolchain, and
# then, with none of Swift's shared libraries to refer to, linked at a fixed address rather than position-independent:
# a worker starts without relocating 99,000 pointers to itself (about 1.8 ms of each start, and as much for the front
# end). A program linked with Swift's shared libraries must stay position-independent: their protected symbols
# cannot be referred to from a fixed address.
# Every module, the packages' too, is compiled to call each concrete generic type's metadata accessor rather than
# to look the type up by its mangled name: such a lookup checks the type's generic requirements at run time, and
# the first check of each type and protocol scans all 7,500 conformance records of the program (about 70 scans of
# the front end's 132 in a 30-page run, and 2–5.5 ms of CPU over both programs).
RELEASE = $(SWIFT) build -c release --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -no-pie \
	-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors

.PHONY: deps build run test eval gazetteer folding-tables bench bench-incremental compare-normalisers leakcheck fuzz torture clean install man

deps:
	@Scripts/install-deps.sh

build: deps
	$(SWIFT) build --product peilstok
	$(SWIFT) build --product peilstok-reader

## Read the sample Inbox/ and write Output/records.jsonl and Output/run.json.
run: build
	$(PEILSTOK) run

## Build everything and run every test.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

## Score Output/ against the gold files of the sample inputs.
eval: run
	$(PEILSTOK) eval --gold $(GOLD)/000_factsheets.gold.json --gold $(GOLD)/001_divosa.gold.json \
		--gold $(GOLD)/002_standvanzaken.gold.json --gold $(GOLD)/004_evaluatie.gold.json \
		--gold $(GOLD)/factsheets-2022.pdf.gold.json --gold $(GOLD)/factsheets-2022-single-column.pdf.gold.json \
		--gold $(GOLD)/standvanzaken-2021.pdf.gold.json Output/records.jsonl \
		--min-precision 1 --min-recall 1 --min-sections 0.95
	$(PEILSTOK) eval-links --gold $(GOLD)/links.json --min-precision 0.95 --min-recall 0.90

## Write Rules/gemeenten.yml from Scripts/data/gemeenten/ (CBS and RvIG tables; see SOURCES.md there).
gazetteer: deps
	python3 Scripts/make_gazetteer.py

## Write Sources/Peilstok/Support/ScalarFoldingTables.swift: Foundation's folding of the scalars ScalarFolding covers.
folding-tables:
	swift Scripts/make_scalar_folding.swift > Sources/Peilstok/Support/ScalarFoldingTables.swift

clean:
	rm -rf .build .build-fuzz .build-asan .build-static Output/peilstok.sqlite Output/peilstok.sqlite-wal Output/peilstok.sqlite-shm Output/records.jsonl Output/documents.jsonl Output/run.json Output/.peilstok

## Time `run` on the sample inbox, cold (no store) and again unchanged, with the release build as
## shipped (Swift's standard library linked in statically).
bench-incremental: deps
	$(RELEASE) --product peilstok --scratch-path .build-static
	$(RELEASE) --product peilstok-reader --scratch-path .build-static
	Scripts/bench_incremental.sh .build-static/release/peilstok

## Whole-process wall time and peak memory of `peilstok run` beside pdftotext -layout, PyMuPDF and pdfplumber
## (Scripts/bench_peers.py, median of five), and core scaling; then the in-process figures: extraction, pipeline,
## normaliser, seconds per OCR'd page on a scanned page, and peak memory on a 300-page PDF (the release build as
## `make install` ships it, Swift's standard library linked in).
bench: deps
	$(RELEASE) --product peilstok --scratch-path .build-static
	$(RELEASE) --product peilstok-reader --scratch-path .build-static
	@python3 -c "import pymupdf, pdfplumber" 2>/dev/null || python3 -m pip install --quiet pymupdf pdfplumber
	python3 Scripts/bench_peers.py --runs 5 --peilstok .build-static/release/peilstok
	.build-static/release/peilstok bench ../shared/seeds/*.txt Inbox/factsheets-2022.pdf Inbox/standvanzaken-2021.pdf
	python3 Scripts/make_scans.py Inbox/factsheets-2022.pdf /tmp/peilstok-scan-1.pdf --pages 3
	.build-static/release/peilstok bench --rounds 3 /tmp/peilstok-scan-1.pdf
	pdfunite $$(for i in 1 2 3 4 5 6 7 8 9 10; do echo Inbox/factsheets-2022.pdf; done) /tmp/peilstok-300.pdf
	.build-static/release/peilstok bench --rounds 3 /tmp/peilstok-300.pdf
	.build-static/release/peilstok bench --peak-memory /tmp/peilstok-300.pdf

## Score the normaliser beside dateparser + text2num on the seed and the government sentences.
compare-normalisers: build
	@python3 -c "import dateparser, text_to_num" 2>/dev/null || python3 -m pip install --quiet dateparser text2num
	python3 Scripts/compare_normalisers.py

## Build with AddressSanitizer and fail on any leak or memory error while reading every PDF fixture (good and
## bad), and on any memory error while running the whole sample inbox: a run ends without freeing what it holds,
## so it is not checked for leaks; its workers run with glibc's allocator, which the sanitizer replaces, rather
## than jemalloc, and with no cap on their address space, which the sanitizer's shadow memory exceeds.
## Slow: it builds everything again, with sanitizers.
leakcheck: deps
	$(SWIFT) build --sanitize=address --scratch-path .build-asan --product peilstok
	$(SWIFT) build --sanitize=address --scratch-path .build-asan --product peilstok-reader
	@printf 'geheim\n' > /tmp/peilstok-leakcheck-password
	@set -e; for pdf in Tests/PeilstokTests/Fixtures/pdf/*.pdf Inbox/*.pdf; do \
		ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/peilstok inspect --layout "$$pdf" >/dev/null 2>/tmp/peilstok-leakcheck.err || true; \
		if grep -q Sanitizer /tmp/peilstok-leakcheck.err; then cat /tmp/peilstok-leakcheck.err; exit 1; fi; \
		echo "clean: $$pdf"; done
	ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/peilstok inspect --layout --password-file /tmp/peilstok-leakcheck-password \
		Tests/PeilstokTests/Fixtures/pdf/encrypted.pdf >/dev/null
	LD_PRELOAD= ASAN_OPTIONS=detect_leaks=0 .build-asan/debug/peilstok run --quiet --fresh --max-memory 100000000 \
		--output /tmp/peilstok-leakcheck-output
	@echo "leakcheck: no leaks or memory errors"

## Fuzz the normaliser, the HTML reader and the text decoder with libFuzzer, FUZZ_SECONDS each (default 60).
## A crash stops it and leaves its input in .build-fuzz/crashes/; that input then becomes a regression test.
FUZZ_SECONDS ?= 60
fuzz: deps
	PEILSTOK_FUZZ=1 $(SWIFT) build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer --product peilstok-fuzz
	python3 Scripts/fuzz_seeds.py .build-fuzz/corpus
	@mkdir -p .build-fuzz/crashes
	@set -e; for target in normaliser html decoder; do \
		echo "fuzzing $$target for $(FUZZ_SECONDS) s"; \
		if ! PEILSTOK_FUZZ_TARGET=$$target .build-fuzz/release/peilstok-fuzz .build-fuzz/corpus/$$target \
			-max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
			-artifact_prefix=.build-fuzz/crashes/$$target- -print_final_stats=1 > .build-fuzz/$$target.log 2>&1; then \
			tail -n 40 .build-fuzz/$$target.log; exit 1; fi; \
		grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::new_units_added)" .build-fuzz/$$target.log; \
	done

## The torture batch: several hundred hostile files (Scripts/make_hostile_corpus.py) in one run with the sample inbox;
## checks no crash of the batch, the good records byte-identical, every bad file named in run.json, no document past
## --timeout plus a second, and the parent's peak memory (Scripts/torture.py). Takes a few minutes.
torture: build
	python3 Scripts/torture.py --peilstok $(PEILSTOK)

## Install peilstok and peilstok-reader into $(PREFIX)/bin, the man page, and completions for bash, zsh and fish.
## The rules travel inside the binary: the installed command works from any directory (see `peilstok rules`).
install:
	@if [ -n "$(BIN_PATH)" ]; then :; elif [ "$(CONFIGURATION)" = release ]; then \
		$(RELEASE) --product peilstok && $(RELEASE) --product peilstok-reader; \
	else \
		$(SWIFT) build --product peilstok && $(SWIFT) build --product peilstok-reader; \
	fi
	@set -e; bin="$(BIN_PATH)"; [ -n "$$bin" ] || bin=$$($(SWIFT) build -c $(CONFIGURATION) $$([ "$(CONFIGURATION)" = release ] && echo --static-swift-stdlib) --show-bin-path); \
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
		"$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
		"$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"; \
	install -m 755 "$$bin/peilstok" "$$bin/peilstok-reader" "$(DESTDIR)$(PREFIX)/bin/"; \
	install -m 644 Docs/peilstok.1 "$(DESTDIR)$(PREFIX)/share/man/man1/peilstok.1"; \
	"$$bin/peilstok" --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/peilstok"; \
	"$$bin/peilstok" --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_peilstok"; \
	"$$bin/peilstok" --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/peilstok.fish"; \
	echo "installed peilstok into $(DESTDIR)$(PREFIX)"

## Write Docs/peilstok.1 anew from the commands' help (swift-argument-parser's generate-manual plugin; slow).
man:
	@mkdir -p .build/man
	$(SWIFT) package --allow-writing-to-directory .build/man generate-manual --output-directory .build/man \
		--date $$(date +%Y-%m-%d) --authors "the peilstok authors"
	cp .build/man/peilstok.1 Docs/peilstok.1
