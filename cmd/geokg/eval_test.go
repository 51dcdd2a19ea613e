package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The shared evaluation data, relative to this package.
const (
	devGold      = "../../../shared/eval/gold/dev_articles.jsonl"
	wikinews     = "../../../shared/eval/corpus/wikinews_politics_2004_2009.jsonl"
	ploverGold   = "../../../shared/eval/gold/plover_gold.jsonl"
	petrarchGold = "../../../shared/eval/gold/petrarch_gold.jsonl"
	// Our own blind annotation of articles outside the dev set (see
	// eval/testdata/README.md).
	unseenDev  = "../../eval/testdata/unseen_dev.jsonl"
	unseenTest = "../../eval/testdata/unseen_test.jsonl"
)

// evalScores is the part of "geokg eval --json" the floors guard.
type evalScores struct {
	Articles int `json:"articles"`
	Entities struct {
		Precision, Recall float64
	} `json:"entities"`
	Events struct {
		Precision, Recall, F1 float64
	} `json:"events"`
	StatusAccuracy     *float64 `json:"status_accuracy"`
	DateAccuracy       *float64 `json:"date_accuracy"`
	PloverTypeAccuracy *float64 `json:"plover_type_accuracy"`
	CameoRootAccuracy  *float64 `json:"cameo_root_accuracy"`
}

// TestEvalDevSetFloors scores the extractor on the dev set and fails if a
// score falls below its floor. The floors sit about 0.02 under what the
// extractor scored when they were last set (event F1 0.635, entities P
// 0.961 / R 0.772, status 0.962, date 0.906, PLOVER 0.519, CAMEO root 0.231;
// status and date rest on 106 matched events, so one event moves them
// 0.009). Dev F1 peaked at 0.648 in session 3 and gave back 0.013 to
// events that rules written for unseen articles add on dev and its gold
// lacks, while F1 on unseen articles (TestEvalUnseenFloors) rose.
// The date floor, set at 0.90 when date accuracy stood at 0.925, went to
// 0.89 in session 4 (see below) and back to 0.90 in session 5, when date
// accuracy stood at 0.917 and status at 0.972 (status floor 0.96).
// Session 6 raised entity recall's floor to 0.78 (recall 0.793); session 7
// ended at F1 0.635, entities 0.954 / 0.796, status 0.981, date 0.917,
// PLOVER 0.630, CAMEO 0.385. Session 8 ended at F1 0.659, entities 0.954 /
// 0.807, status 0.982, date 0.921, PLOVER 0.640, CAMEO 0.385, and raised
// the floors of F1 (0.645), entity recall (0.795), date (0.91) and PLOVER
// (0.63). Session 9 ended at F1 0.676, entities 0.952 / 0.839, status
// 0.983, date 0.914, PLOVER 0.658, CAMEO 0.385, and raised the floors of
// F1 (0.665), entity recall (0.825), status (0.97) and PLOVER (0.645);
// entity precision stays at 0.95, just under its score. Session 12 ended
// at F1 0.676, entities 0.952 / 0.842, status 0.974, date 0.915 (its
// scorer pairs gold and extracted events by the best maximum matching)
// and raised the floors of F1 (0.67) and entity recall (0.83). Session
// 13 ended at F1 0.676, entities 0.952 / 0.842, status 0.974, date 0.923,
// and raised the date floor (0.92).
// Raise them as the extractor improves; never lower them to let a change pass.
func TestEvalDevSetFloors(t *testing.T) {
	for _, p := range []string{devGold, wikinews, ploverGold, petrarchGold} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("evaluation data not here: %v", err)
		}
	}
	out, stderr, err := geokg(t, "eval", "--json", "--gold", devGold, "--corpus", wikinews,
		"--plover", ploverGold, "--petrarch", petrarchGold)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	var s evalScores
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("eval --json printed %q: %v", out, err)
	}
	if s.Articles != 30 {
		t.Errorf("scored %d articles, want the dev set's 30", s.Articles)
	}
	if s.StatusAccuracy == nil || s.DateAccuracy == nil || s.PloverTypeAccuracy == nil || s.CameoRootAccuracy == nil {
		t.Fatalf("eval --json lacks a score: %s", out)
	}
	floors := []struct {
		name         string
		score, floor float64
	}{
		{"event F1", s.Events.F1, 0.67},
		{"entity precision", s.Entities.Precision, 0.95},
		{"entity recall", s.Entities.Recall, 0.83},
		{"status accuracy", *s.StatusAccuracy, 0.97},
		// Date accuracy is a share of the matched events, so a new match
		// whose date the text does not give lowers it though no date got
		// worse: 96 of 106 became 96 of 107 when "anti-Japanese
		// demonstrations" (no date in its sentence) matched.
		{"date accuracy", *s.DateAccuracy, 0.92},
		{"PLOVER type accuracy", *s.PloverTypeAccuracy, 0.645},
		{"CAMEO root accuracy", *s.CameoRootAccuracy, 0.37},
	}
	for _, f := range floors {
		t.Logf("%-22s %.3f (floor %.3f)", f.name, f.score, f.floor)
		if f.score < f.floor {
			t.Errorf("%s fell to %.3f, below its floor %.3f: run `geokg eval --gold %s --corpus %s` to see what is missed",
				f.name, f.score, f.floor, devGold, wikinews)
		}
	}
	t.Logf("event precision %.3f, recall %.3f", s.Events.Precision, s.Events.Recall)
}

// TestEvalUnseenFloors scores the extractor on articles outside the dev
// set, annotated blind, and fails if event F1 or entity recall there falls
// below its floor. These are the scores that say whether a rule generalises;
// the floors sit a little under the scores when they were set.
func TestEvalUnseenFloors(t *testing.T) {
	if _, err := os.Stat(wikinews); err != nil {
		t.Skipf("evaluation data not here: %v", err)
	}
	tests := []struct {
		gold          string
		articles      int
		f1, entRecall float64
	}{
		{unseenDev, 48, unseenDevF1Floor, unseenDevEntityRecallFloor},
		{unseenTest, 48, unseenTestF1Floor, unseenTestEntityRecallFloor},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.gold), func(t *testing.T) {
			out, stderr, err := geokg(t, "eval", "--json", "--gold", tt.gold, "--corpus", wikinews)
			if err != nil {
				t.Fatalf("eval: %v\n%s", err, stderr)
			}
			var s evalScores
			if err := json.Unmarshal([]byte(out), &s); err != nil {
				t.Fatalf("eval --json printed %q: %v", out, err)
			}
			if s.Articles != tt.articles {
				t.Errorf("scored %d articles, want %d", s.Articles, tt.articles)
			}
			t.Logf("event P %.3f R %.3f F1 %.3f (floor %.3f); entity P %.3f R %.3f (floor %.3f)",
				s.Events.Precision, s.Events.Recall, s.Events.F1, tt.f1, s.Entities.Precision, s.Entities.Recall, tt.entRecall)
			if s.Events.F1 < tt.f1 {
				t.Errorf("event F1 fell to %.3f, below its floor %.3f", s.Events.F1, tt.f1)
			}
			if s.Entities.Recall < tt.entRecall {
				t.Errorf("entity recall fell to %.3f, below its floor %.3f", s.Entities.Recall, tt.entRecall)
			}
		})
	}
}

func TestEvalTable(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeEvalFile(t, gold, `{"id":"a1","published":"2023-09-24","entities":[{"name":"Sergey Lavrov","kind":"PERSON","aliases":["Lavrov"]},{"name":"North Korea","kind":"COUNTRY"},{"name":"Japan","kind":"COUNTRY"}],"events":[`+
		`{"type":"CONSULT","mode":"visit","actors":["Sergey Lavrov"],"targets":["North Korea"],"date":"2023-10","precision":"month","status":"planned","evidence":"Lavrov will visit North Korea next month."},`+
		`{"type":"ASSAULT","actors":["North Korea"],"targets":["Japan"],"status":"reported","evidence":"North Korea fired a missile over Japan."}]}`)
	writeEvalFile(t, corpus, `{"id":"a1","date":"2023-09-24","title":"t","text":"Russian Foreign Minister Sergey Lavrov will visit North Korea next month. North Korea fired a missile over Japan."}`)
	out, stderr, err := geokg(t, "eval", "--gold", gold, "--corpus", corpus)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	for _, want := range []string{"precision", "recall", "events", "entities", "status accuracy", "date accuracy"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "PLOVER") || strings.Contains(out, "CAMEO") {
		t.Errorf("table shows sentence scores that were not asked for:\n%s", out)
	}
	// Whatever the extractor finds, every gold event is either matched or
	// listed as missed with its evidence.
	if strings.Contains(out, "missed    ASSAULT") && !strings.Contains(out, `"North Korea fired a missile over Japan."`) {
		t.Errorf("missed event listed without its evidence:\n%s", out)
	}

	jsonOut, _, err := geokg(t, "eval", "--json", "--gold", gold, "--corpus", corpus)
	if err != nil {
		t.Fatal(err)
	}
	var obj map[string]any
	dec := json.NewDecoder(strings.NewReader(jsonOut))
	if err := dec.Decode(&obj); err != nil || dec.More() {
		t.Fatalf("--json printed %q, want exactly one object (%v)", jsonOut, err)
	}
	for _, key := range []string{"articles", "entities", "events", "status_accuracy", "date_accuracy"} {
		if _, ok := obj[key]; !ok {
			t.Errorf("--json lacks %q: %s", key, jsonOut)
		}
	}
	for _, key := range []string{"plover_type_accuracy", "cameo_root_accuracy"} {
		if _, ok := obj[key]; ok {
			t.Errorf("--json has %q though it was not asked for", key)
		}
	}
}

func TestEvalErrors(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeEvalFile(t, gold, `{"id":"a1","entities":[],"events":[]}`+"\n"+`{"id":"a2","entities":[],"events":[]}`)
	writeEvalFile(t, corpus, `{"id":"a1","date":"2023-09-24","text":"Nothing happened."}`)
	badGold := filepath.Join(dir, "bad.jsonl")
	writeEvalFile(t, badGold, `{"id":"a1","entities":[],"events":[{"type":"VISIT","actors":["x"],"status":"reported"}]}`)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no gold", []string{"--corpus", corpus}, "--gold FILE is required"},
		{"no corpus", []string{"--gold", gold}, "--corpus"},
		{"stray argument", []string{"--gold", gold, "--corpus", corpus, "extra"}, `unexpected argument "extra"`},
		{"gold article not in corpus", []string{"--gold", gold, "--corpus", corpus}, `gold.jsonl:2: gold article "a2" is in none of the corpora`},
		{"bad gold", []string{"--gold", badGold, "--corpus", corpus}, `bad.jsonl:1: event 1 (VISIT): unknown type "VISIT"`},
		{"missing plover file", []string{"--gold", gold, "--corpus", corpus, "--plover", filepath.Join(dir, "none.jsonl")}, "none.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := geokg(t, append([]string{"eval"}, tt.args...)...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want it to contain %q", err, tt.want)
			}
			if errors.Is(err, errSomeFailed) {
				t.Errorf("usage error %v marked as partial failure", err)
			}
		})
	}
}

func writeEvalFile(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Floors of TestEvalUnseenFloors, under the scores in session 14
// (unseen_dev: event F1 0.356, entity recall 0.655; unseen_test: 0.241
// and 0.481). Raise them as the extractor improves.
const (
	unseenDevF1Floor            = 0.35
	unseenDevEntityRecallFloor  = 0.65
	unseenTestF1Floor           = 0.235
	unseenTestEntityRecallFloor = 0.475
)
