package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCode codes a file of sentences and checks each line's first reading.
func TestCode(t *testing.T) {
	lines := []string{
		"Russian FM Sergey Lavrov will visit North Korea next month.",
		"",
		"Russia condemned the decision.",
		"The weather was fine.",
		"Sergey Lavrov held talks with Kim Jong-un in Pyongyang on Monday.",
	}
	path := filepath.Join(t.TempDir(), "sentences.txt")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := geokg(t, "code", "--date", "2023-09-24", path)
	if err != nil {
		t.Fatalf("geokg code: %v", err)
	}
	want := []struct {
		line          int
		typ, status   string
		actor, target string // target "" when none is named
		date          string
		location      string
	}{
		{1, "CONSULT", "planned", "Sergey Lavrov", "North Korea", "2023-10", ""},
		{3, "ACCUSE", "reported", "Russia", "", "", ""},
		{4, "", "", "", "", "", ""}, // no event
		{5, "CONSULT", "reported", "Sergey Lavrov", "Kim Jong-un,North Korea", "2023-09-18", "Pyongyang"},
	}
	got := strings.Split(strings.TrimSpace(out), "\n")
	if len(got) != len(want) {
		t.Fatalf("geokg code printed %d lines, want %d (blank lines skipped):\n%s", len(got), len(want), out)
	}
	for i, w := range want {
		var c codedSentence
		if err := json.Unmarshal([]byte(got[i]), &c); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if c.Line != w.line {
			t.Errorf("line %d: input line %d, want %d", i+1, c.Line, w.line)
		}
		if w.typ == "" {
			if len(c.Events) != 0 {
				t.Errorf("line %d: %d events, want none", c.Line, len(c.Events))
			}
			continue
		}
		if len(c.Events) == 0 {
			t.Fatalf("line %d: no event, want %s", c.Line, w.typ)
		}
		e := c.Events[0]
		target := strings.Join(e.Targets, ",")
		if string(e.Type) != w.typ || string(e.Status) != w.status || e.Actors[0] != w.actor || target != w.target || e.Date != w.date || e.Location != w.location || e.Rule == "" {
			t.Errorf("line %d: %s %s %v → %q %s in %q (rule %q), want %s %s %s → %q %s in %q", c.Line, e.Type, e.Status, e.Actors, target, e.Date, e.Location, e.Rule, w.typ, w.status, w.actor, w.target, w.date, w.location)
		}
	}
}
