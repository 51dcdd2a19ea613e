package loader

import (
	"fmt"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCorpusAsSentences codes every paragraph of the Wikinews and Reuters
// corpora as one sentence, as `geokg code` does with a line.
// Such "sentences" end and begin where no sentence of an article does
// (", who is visiting India", "... labelled the U.S."), and rules that
// look one token past their trigger or back before it meet those ends;
// the fuzzer reaches them slowly, this sweep of real text at once. Each
// index error it found in session 11 is kept as a fuzz seed.
func TestCorpusAsSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("sweeps two corpora")
	}
	x := shared()
	for _, c := range []struct {
		path  string
		lines func(text string) []string
	}{
		{"../../shared/eval/corpus/wikinews_politics_2004_2009.jsonl", paragraphs},
		{"../../shared/eval/corpus/reuters21578.jsonl", paragraphs},
	} {
		failures := 0
		for _, a := range readCorpus(t, c.path) {
			for i, line := range c.lines(a.Text) {
				doc := Document{Origin: fmt.Sprintf("%s:%d", a.ID, i), Article: graph.Article{ID: a.ID, Published: a.Date}, Body: line}
				if _, err := x.CodeSentence(doc); err != nil {
					t.Errorf("%v (line %q)", err, line)
					if failures++; failures == 5 {
						t.Fatalf("%s: stopping after 5 failures", c.path)
					}
				}
			}
		}
	}
}

// paragraphs splits an article's text where its source ended a paragraph:
// a line break or the run of spaces some sources leave instead.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\n", "  "), "  ") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}
