package loader

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestClaimsWriterRoundTrip writes extractions as a claims file and reads
// it back: every event returns with its type, parties, date, place and
// status, and every claim with its evidence, offsets, rule and confidence.
func TestClaimsWriterRoundTrip(t *testing.T) {
	x := NewExtractor()
	docs := []Document{
		{Origin: "a.md", Article: graph.Article{ID: "a", Title: "Lavrov to visit", Published: "2023-09-24", Language: "en"},
			Body: "Russian Foreign Minister Sergey Lavrov will visit North Korea next month.\n\nKim Jong-un met Vladimir Putin on September 13 in Vladivostok.\n\nLavrov said he would visit North Korea in October."},
		{Origin: "b.md", Article: graph.Article{ID: "b", Published: "2006-08-28", Language: "en"},
			Body: "Kofi Annan held talks with Lebanese Prime Minister Fuad Saniora in Beirut on Monday."},
		{Origin: "c.md", Article: graph.Article{ID: "c", Published: "2006-08-28", Language: "en"},
			Body: "The weather was fine."},
	}
	var buf bytes.Buffer
	cw := NewClaimsWriter(&buf)
	want := map[string]*graph.Extraction{}
	for _, d := range docs {
		ex, err := x.Extract(d)
		if err != nil {
			t.Fatal(err)
		}
		want[d.Article.ID] = ex
		if err := cw.Write(ex, d.Body); err != nil {
			t.Fatal(err)
		}
	}
	if err := cw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := cw.Write(want["a"], ""); err == nil {
		t.Error("Write after Close: no error")
	}
	if !json.Valid(buf.Bytes()) {
		t.Fatalf("not valid JSON:\n%s", buf.String())
	}
	if n := strings.Count(strings.TrimSpace(buf.String()), "\n"); n != len(docs)+1 {
		t.Errorf("%d lines, want one per article between the brackets:\n%s", n+1, buf.String())
	}
	written := buf.String()
	read := 0
	for doc, err := range ReadFrom("claims.json", &buf, x.Resolve) {
		if err != nil {
			t.Fatalf("reading the written claims back: %v", err)
		}
		read++
		w, got := want[doc.Article.ID], doc.Claims
		if w == nil || got == nil {
			t.Fatalf("article %q: read back %v, wrote %v", doc.Article.ID, got, w)
		}
		if got.Article.Published != w.Article.Published || got.Article.Title != w.Article.Title {
			t.Errorf("article %s: metadata %+v, want %+v", doc.Article.ID, got.Article, w.Article)
		}
		if len(got.Events) != len(w.Events) {
			t.Fatalf("article %s: %d events back, wrote %d", doc.Article.ID, len(got.Events), len(w.Events))
		}
		for i, we := range w.Events {
			ge := got.Events[i]
			if roundTripKey(ge) != roundTripKey(we) || ge.ID != we.ID || ge.Status != we.Status || ge.Confidence != we.Confidence {
				t.Errorf("article %s event %d: %s %s %.2f, want %s %s %.2f", doc.Article.ID, i, roundTripKey(ge), ge.Status, ge.Confidence, roundTripKey(we), we.Status, we.Confidence)
			}
			if len(ge.Claims) != len(we.Claims) {
				t.Fatalf("article %s event %d: %d claims back, wrote %d", doc.Article.ID, i, len(ge.Claims), len(we.Claims))
			}
			for j, wc := range we.Claims {
				gc := ge.Claims[j]
				if gc.Text != wc.Text || gc.Start != wc.Start || gc.End != wc.End || gc.Rule != wc.Rule || gc.Confidence != wc.Confidence || gc.Status != wc.Status {
					t.Errorf("article %s event %d claim %d: %q [%d,%d) %s %.2f %s, want %q [%d,%d) %s %.2f %s", doc.Article.ID, i, j,
						gc.Text, gc.Start, gc.End, gc.Rule, gc.Confidence, gc.Status, wc.Text, wc.Start, wc.End, wc.Rule, wc.Confidence, wc.Status)
				}
			}
		}
	}
	if read != len(docs) {
		t.Errorf("read %d articles back, wrote %d", read, len(docs))
	}
	// The cases this test is for: an event two sentences state, and a place.
	if len(want["a"].Events) < 2 || len(want["a"].Events[0].Claims) != 2 || len(want["b"].Events) == 0 || want["b"].Events[0].Location == nil {
		t.Errorf("the extractor no longer finds what this test round-trips (an event of two claims in a, a place in b):\n%s", written)
	}
}

// roundTripKey names an event by its type, mode, parties, date and place.
func roundTripKey(ev *graph.Event) string {
	ids := func(es []*graph.Entity) string {
		var s []string
		for _, e := range es {
			s = append(s, e.ID)
		}
		return strings.Join(s, ",")
	}
	loc := ""
	if ev.Location != nil {
		loc = ev.Location.ID
	}
	return string(ev.Type) + "/" + ev.Mode + " " + ids(ev.Actors) + " → " + ids(ev.Targets) + " " + ev.Date + string(ev.Precision) + " @" + loc
}

// TestClaimsWriterEmpty writes no article: an empty array, which reads as
// a file with nothing in it, not an error.
func TestClaimsWriterEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := NewClaimsWriter(&buf).Close(); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "[]\n" {
		t.Errorf("empty claims file %q, want %q", got, "[]\n")
	}
	for _, err := range ReadFrom("empty.json", &buf, nil) {
		t.Errorf("reading an empty claims array: %v", err)
	}
}
