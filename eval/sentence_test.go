package eval

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

func TestReadPlover(t *testing.T) {
	body := strings.Join([]string{
		`{"id":"p1","text":"They demanded it.","event_type":"DEMAND","event_type_current":"REQUEST","date":"2000-01-01","date_is_placeholder":true}`,
		`{"id":"p2","text":"They agreed.","event_type":"AGREE","date":"2004-05-01"}`,
		`{"id":"p3","text":"","event_type":"AGREE"}`,
	}, "\n")
	got, err := ReadPlover(write(t, t.TempDir(), "plover.jsonl", body))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("read %d sentences, want 2 (the one without text skipped)", len(got))
	}
	if !slices.Equal(got[0].Want, []string{"REQUEST"}) || got[0].Date != "" {
		t.Errorf("first: %+v, want the current type and no placeholder date", got[0])
	}
	if !slices.Equal(got[1].Want, []string{"AGREE"}) || got[1].Date != "2004-05-01" {
		t.Errorf("second: %+v", got[1])
	}
	if _, err := ReadPlover(write(t, t.TempDir(), "plover.jsonl", `{"id":"p","text":"x"}`)); err == nil || !strings.Contains(err.Error(), "plover.jsonl:1: no event_type") {
		t.Errorf("error %v, want file:line and the missing field", err)
	}
}

func TestReadPetrarch(t *testing.T) {
	body := strings.Join([]string{
		`{"id":"r1","text":"A met B.","date":"2008-08-04","suite":"gsr","evaluate":true,"events":[{"code":"042"},{"code":"043"},{"code":"190"}]}`,
		`{"id":"r2","text":"Nothing coded.","suite":"gsr","evaluate":true,"events":[]}`,
		`{"id":"r3","text":"Other suite.","suite":"unit","events":[{"code":"010"}]}`,
		`{"id":"r4","text":"Not evaluated.","suite":"gsr","evaluate":false,"events":[{"code":"010"}]}`,
		`{"id":"r5","text":"","suite":"gsr","events":[{"code":"010"}]}`,
	}, "\n")
	path := write(t, t.TempDir(), "petrarch.jsonl", body)
	got, err := ReadPetrarch(path, "gsr")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != "r1" || !slices.Equal(got[0].Want, []string{"04", "19"}) || got[0].Date != "2008-08-04" {
		t.Errorf("read %+v, want r1 with roots 04 and 19", got)
	}
	if all, err := ReadPetrarch(path, ""); err != nil || len(all) != 2 {
		t.Errorf("all suites: %d sentences, %v; want r1 and r3", len(all), err)
	}
	if _, err := ReadPetrarch(path, "nosuch"); err == nil || !strings.Contains(err.Error(), "no gold sentences") {
		t.Errorf("empty selection: error %v", err)
	}
	bad := write(t, t.TempDir(), "petrarch.jsonl", `{"id":"r","text":"x","events":[{"code":"X1"}]}`)
	if _, err := ReadPetrarch(bad, ""); err == nil || !strings.Contains(err.Error(), `petrarch.jsonl:1: event 1: code "X1"`) {
		t.Errorf("bad code: error %v", err)
	}
}

func TestMostConfident(t *testing.T) {
	a := &graph.Event{Type: graph.Agree, Confidence: 0.5}
	b := &graph.Event{Type: graph.Consult, Confidence: 0.9}
	c := &graph.Event{Type: graph.Aid, Confidence: 0.9}
	tests := []struct {
		name   string
		events []*graph.Event
		want   *graph.Event
	}{
		{"none", nil, nil},
		{"highest", []*graph.Event{a, b}, b},
		{"first on a tie", []*graph.Event{a, b, c}, b},
	}
	for _, tt := range tests {
		if got := mostConfident(tt.events); got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// TestSentenceAccuracies checks the bookkeeping, not the extractor: every
// sentence is counted once, and an answer counts only if it is wanted.
func TestSentenceAccuracies(t *testing.T) {
	x := loader.NewExtractor()
	sents := []Sentence{
		{ID: "s1", Text: "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Friday.", Date: "2024-03-01"},
		{ID: "s2", Text: "The weather was fine."},
	}
	for _, want := range [][]string{nil, {"CONSULT"}} {
		sents[0].Want, sents[1].Want = want, want
		s := TypeAccuracy(x, sents)
		if s.Total != 2 || s.Failed != 0 || s.Right > len(want) || s.Accuracy != float64(s.Right)/2 {
			t.Errorf("want %v: %+v", want, s)
		}
	}
	sents[0].Want = []string{"04"}
	if s := RootAccuracy(x, sents[:1]); s.Total != 1 || s.Accuracy != float64(s.Right) {
		t.Errorf("root accuracy %+v", s)
	}
}
