package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// write puts body in a file of dir named name and returns its path.
func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const goodGold = `{"id":"a1","published":"2023-09-24","entities":[{"name":"Sergey Lavrov","kind":"PERSON"},{"name":"North Korea","kind":"COUNTRY"}],"events":[{"type":"CONSULT","mode":"visit","actors":["Sergey Lavrov"],"targets":["North Korea"],"date":"2023-10","precision":"month","status":"planned","evidence":"e"}]}`

func TestReadGold(t *testing.T) {
	dir := t.TempDir()
	got, err := ReadGold(write(t, dir, "gold.jsonl", goodGold+"\n\n"+strings.Replace(goodGold, `"a1"`, `"a2"`, 1)+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[1].ID != "a2" || got[0].Events[0].Precision != graph.Month || !strings.HasSuffix(got[1].Origin, "gold.jsonl:3") {
		t.Errorf("read %+v", got)
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"bad JSON", goodGold + "\n{\"id\":", "gold.jsonl:2: not a JSON record"},
		{"two values", goodGold + " {}", "gold.jsonl:1: more than one JSON value"},
		{"no id", `{"entities":[],"events":[]}`, "gold.jsonl:1: no id"},
		{"duplicate id", goodGold + "\n" + goodGold, `gold.jsonl:2: article "a1" again (first at`},
		{"unknown kind", strings.Replace(goodGold, `"PERSON"`, `"HUMAN"`, 1), `entity "Sergey Lavrov": unknown kind "HUMAN"`},
		{"unknown type", strings.Replace(goodGold, `"CONSULT"`, `"VISIT"`, 1), `event 1 (VISIT): unknown type "VISIT"`},
		{"unknown status", strings.Replace(goodGold, `"planned"`, `"maybe"`, 1), `unknown status "maybe"`},
		{"no actor", strings.Replace(goodGold, `["Sergey Lavrov"]`, `[]`, 1), "no actor"},
		{"date without precision", strings.Replace(goodGold, `,"precision":"month"`, ``, 1), "give both or neither"},
		{"date not of its precision", strings.Replace(goodGold, `"month"`, `"day"`, 1), `date "2023-10" is not a day date`},
		{"empty file", "\n", "no gold articles"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGold(write(t, t.TempDir(), "gold.jsonl", tt.body))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
	if _, err := ReadGold(filepath.Join(t.TempDir(), "missing.jsonl")); err == nil || !strings.Contains(err.Error(), "missing.jsonl") {
		t.Errorf("missing file: error %v, want it to name the file", err)
	}
}

func TestExtract(t *testing.T) {
	x := loader.NewExtractor()
	dir := t.TempDir()
	corpus := write(t, dir, "corpus.jsonl", strings.Join([]string{
		`{"id":"other","date":"2023-09-01","text":""}`, // unreadable, but not gold: ignored
		`{"id":"a1","date":"2023-09-24","title":"t","text":"Russian Foreign Minister Sergey Lavrov will visit North Korea next month."}`,
		`{"id":"a1","date":"2023-09-25","title":"t","text":"A later duplicate is ignored."}`,
	}, "\n"))
	gold, err := ReadGold(write(t, dir, "gold.jsonl", goodGold))
	if err != nil {
		t.Fatal(err)
	}
	var warnings []error
	got, err := Extract(x, gold, []string{corpus}, func(err error) { warnings = append(warnings, err) })
	if err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 0 {
		t.Errorf("warnings %v", warnings)
	}
	if a := got["a1"]; a == nil || a.Article.Published != "2023-09-24" {
		t.Errorf("extracted %+v, want a1 from its first record", got)
	}

	gold = append(gold, GoldArticle{ID: "absent", Origin: "gold.jsonl:2"})
	_, err = Extract(x, gold, []string{corpus}, nil)
	if err == nil || !strings.Contains(err.Error(), `gold.jsonl:2: gold article "absent" is in none of the corpora`) ||
		!strings.Contains(err.Error(), "1 corpus records could not be read") {
		t.Errorf("error %v, want it to name the absent article and the skipped record", err)
	}
	if _, err := Extract(x, gold, []string{filepath.Join(dir, "nope.jsonl")}, nil); err == nil || !strings.Contains(err.Error(), "nope.jsonl") {
		t.Errorf("unreadable corpus: error %v, want it to name the file", err)
	}
}
