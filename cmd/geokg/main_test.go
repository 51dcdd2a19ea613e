package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/server"
)

// geokg runs the command line in-process and returns stdout, stderr and the error.
func geokg(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), args, &stdout, &stderr)
	return stdout.String(), stderr.String(), err
}

// counts asks the store in dir how many entities and events it holds.
func counts(t *testing.T, dir string) (entities, events int) {
	t.Helper()
	out, stderr, err := geokg(t, "query", "--data", dir, `{ entities(first: 0) { totalCount } events(first: 0) { totalCount } }`)
	if err != nil {
		t.Fatalf("query: %v\n%s", err, stderr)
	}
	var resp struct {
		Data struct {
			Entities, Events struct{ TotalCount int }
		}
	}
	if err := json.Unmarshal([]byte(out), &resp); err != nil {
		t.Fatalf("query output %q: %v", out, err)
	}
	return resp.Data.Entities.TotalCount, resp.Data.Events.TotalCount
}

func TestLoadExamplesTwiceChangesNothing(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, err := geokg(t, "load", "--data", dir, "../../examples/articles"); err != nil {
		t.Fatalf("load: %v\n%s", err, stderr)
	}
	entities, events := counts(t, dir)
	if entities == 0 || events == 0 {
		t.Fatalf("examples gave %d entities and %d events", entities, events)
	}
	if _, stderr, err := geokg(t, "load", "--data", dir, "../../examples/articles"); err != nil {
		t.Fatalf("second load: %v\n%s", err, stderr)
	}
	if e2, v2 := counts(t, dir); e2 != entities || v2 != events {
		t.Errorf("reload changed counts: %d entities, %d events, then %d and %d", entities, events, e2, v2)
	}
}

func TestLoadBadInputsGoesOn(t *testing.T) {
	in := t.TempDir()
	files := map[string]string{
		"good.md":      "---\ntitle: Good\npublished: 2024-03-01\n---\nRussian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Friday.\n",
		"empty.md":     "",
		"baddate.md":   "---\ntitle: Bad\npublished: someday\n---\nText.\n",
		"latin1.txt":   "caf\xe9 au lait\n",
		"feed.jsonl":   `{"id":"f1","title":"ok","date":"2024-03-02","text":"Vladimir Putin met Xi Jinping in Moscow on Saturday."}` + "\n" + `{"id":"f2","text":"x","date":"not a date"}` + "\n",
		"claims.json":  `{"id":"c1","published":"2024-03-03","entities":[{"name":"Iran","kind":"COUNTRY"}],"events":[{"type":"VISIT","actors":["Iran"],"status":"reported","evidence":"e"}]}`,
		"notes.pdf":    "%PDF",
		"nofront.md":   "---\ntitle: unterminated\n",
		"nobody.md":    "---\ntitle: No body\n---\n",
		"control.txt":  "A\x00B",
		"onlyspace.md": "   \n\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(in, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	_, stderr, err := geokg(t, "load", "--data", dir, in, filepath.Join(in, "notes.pdf"), filepath.Join(in, "missing-*.md"))
	if !errors.Is(err, errSomeFailed) {
		t.Fatalf("load error %v, want errSomeFailed\n%s", err, stderr)
	}
	for _, want := range []string{
		"empty.md", "baddate.md", "latin1.txt", "feed.jsonl:2", "claims.json", "VISIT", "notes.pdf", "nofront.md", "nobody.md", "missing-*.md",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %q:\n%s", want, stderr)
		}
	}
	out, _, err := geokg(t, "query", "--data", dir, `{ a: article(id: "f1") { title } b: article(id: "f2") { title } c: article(id: "c1") { title } }`)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"a": {`) || !strings.Contains(out, `"b": null`) || !strings.Contains(out, `"c": null`) {
		t.Errorf("want the good feed line stored and the bad line and bad claims not:\n%s", out)
	}
}

func TestUnreachableClusterFailsFast(t *testing.T) {
	start := time.Now()
	_, _, err := geokg(t, "load", "--dgraph", "dgraph://127.0.0.1:1", "../../examples/articles")
	if err == nil || !strings.Contains(err.Error(), "unreachable") {
		t.Errorf("error %v, want one saying the cluster is unreachable", err)
	}
	if d := time.Since(start); d > 12*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestUsage(t *testing.T) {
	cases := []struct {
		args    []string
		wantErr string
	}{
		{nil, "help requested"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"load"}, "name at least one file"},
		{[]string{"load", "--dgraph", "localhost:9080", "x"}, "want dgraph://HOST:PORT"},
		{[]string{"query"}, "want one GraphQL query"},
		{[]string{"code", "--date", "24 September 2023"}, "want YYYY-MM-DD"},
		{[]string{"code", "no-such-file.txt"}, "code no-such-file.txt"},
		{[]string{"extract"}, "name at least one file"},
	}
	for _, tc := range cases {
		_, _, err := geokg(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("geokg %v: error %v, want %q", tc.args, err, tc.wantErr)
		}
	}
}

// TestSeedEventsThroughGraphQL is issue 2's acceptance: the article the
// project started from, loaded and asked for through the API.
func TestSeedEventsThroughGraphQL(t *testing.T) {
	seed := "../../../shared/eval/corpus/seed.jsonl"
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("no %s: %v", seed, err)
	}
	dir := t.TempDir()
	if _, stderr, err := geokg(t, "load", "--data", dir, seed); err != nil {
		t.Fatalf("load: %v\n%s", err, stderr)
	}
	out, _, err := geokg(t, "query", "--data", dir, `{ entity(name: "Lavrov") { country roles { title of since }
		events(first: 50) { edges { node {
		type mode date precision status confidence actors { name } targets { name } claims { text start end rule confidence } } } } }
		kim: entity(name: "Kim Jong-un") { events(first: 50, filter: {target: "Vladimir Putin"}) { edges { node {
		type mode date precision status actors { name } targets { name } claims { text } } } } } }`)
	if err != nil {
		t.Fatal(err)
	}
	type node struct {
		Type, Mode, Date, Precision, Status string
		Confidence                          float64
		Actors, Targets                     []struct{ Name string }
		Claims                              []struct {
			Text       string
			Start, End *int
			Rule       string
			Confidence float64
		}
	}
	var resp struct {
		Data map[string]struct {
			Country string
			Roles   []struct{ Title, Of, Since string }
			Events  struct{ Edges []struct{ Node node } }
		}
	}
	if err := json.Unmarshal([]byte(out), &resp); err != nil {
		t.Fatal(err)
	}
	// An official acting for a state may stand beside it among the actors.
	named := func(es []struct{ Name string }, name string) bool {
		for _, e := range es {
			if e.Name == name {
				return true
			}
		}
		return false
	}
	find := func(key, actor, target, typ, mode, date, precision, status string) {
		t.Helper()
		for _, e := range resp.Data[key].Events.Edges {
			n := e.Node
			if n.Type == typ && n.Mode == mode && n.Date == date && n.Precision == precision && n.Status == status &&
				named(n.Actors, actor) && named(n.Targets, target) && len(n.Claims) > 0 && n.Claims[0].Text != "" {
				return
			}
		}
		t.Errorf("no %s —%s/%s→ %s (%s, %s) with its sentence in:\n%s", actor, typ, mode, target, status, date, out)
	}
	find("entity", "Sergey Lavrov", "North Korea", "CONSULT", "visit", "2023-10", "MONTH", "PLANNED")
	find("kim", "Kim Jong-un", "Vladimir Putin", "CONSULT", "meet", "2023-09-13", "DAY", "REPORTED")

	// Provenance an analyst can weigh: which rule read each claim, how sure
	// it is, and who the actor is.
	lavrov := resp.Data["entity"]
	if lavrov.Country != "RU" || !slices.Contains(lavrov.Roles, struct{ Title, Of, Since string }{"Foreign Minister", "RU", "2004-03"}) {
		t.Errorf("Lavrov: country %q, roles %+v; want RU and Foreign Minister of RU since 2004-03", lavrov.Country, lavrov.Roles)
	}
	for _, e := range lavrov.Events.Edges {
		if e.Node.Confidence <= 0 || e.Node.Confidence > 1 {
			t.Errorf("%s event: confidence %v, want in (0, 1]", e.Node.Type, e.Node.Confidence)
		}
		for _, c := range e.Node.Claims {
			if c.Rule == "" || c.Confidence <= 0 || c.Confidence > e.Node.Confidence {
				t.Errorf("%s claim %q: rule %q, confidence %v (event's %v); want a rule and a confidence no higher than the event's",
					e.Node.Type, c.Text, c.Rule, c.Confidence, e.Node.Confidence)
			}
		}
	}
}

// While a server holds a data directory, loading goes through it.
func TestLoadThroughServer(t *testing.T) {
	dir := t.TempDir()
	store, err := graph.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv := httptest.NewServer(server.Handler(store))
	defer srv.Close()

	_, _, err = geokg(t, "load", "--data", dir, "../../examples/articles")
	if err == nil || !strings.Contains(err.Error(), "in use by another process") || !strings.Contains(err.Error(), "--server") {
		t.Errorf("load into a held directory: %v, want an error saying it is in use and how to load", err)
	}
	if _, stderr, err := geokg(t, "load", "--server", srv.URL, "../../examples/articles"); err != nil {
		t.Fatalf("load --server: %v\n%s", err, stderr)
	}
	res, err := store.Query(context.Background(), []graph.Field{{Name: "entity", Key: "e", Args: graph.Args{Name: "lavrov"}}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Entity("e") == nil {
		t.Error("loaded through the server, but Lavrov is not in the store")
	}
	_, stderr, err := geokg(t, "load", "--server", srv.URL, "../../examples/articles", "nothing-*.md")
	if !errors.Is(err, errSomeFailed) || !strings.Contains(stderr, "nothing-*.md") {
		t.Errorf("a missing input through the server: %v\n%s", err, stderr)
	}
}

// The README's first command: serve the examples, answer /healthz and the
// first query, stop cleanly on a signal.
func TestServe(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var stderr bytes.Buffer
	go func() {
		done <- run(ctx, []string{"serve", "--addr", addr, "--data", t.TempDir(), "--load", "../../examples/articles"}, io.Discard, &stderr)
	}()
	base := "http://" + addr
	var body string
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		resp, err := http.Post(base+"/graphql", "application/json",
			strings.NewReader(`{"query":"{ entity(name: \"lavrov\") { events { totalCount } } }"}`))
		if err != nil {
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if body = string(b); strings.Contains(body, `"totalCount"`) && !strings.Contains(body, `"totalCount":0`) {
			break
		}
	}
	if !strings.Contains(body, `"totalCount"`) || strings.Contains(body, `"totalCount":0`) {
		t.Fatalf("no Lavrov events served within 30 s: %s\n%s", body, stderr.String())
	}
	if resp, err := http.Get(base + "/healthz"); err != nil || resp.StatusCode != 200 {
		t.Errorf("/healthz: %v %v", resp, err)
	}
	stop()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve stopped with %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop within 15 s of its signal")
	}
}

// TestExtractThenLoad prints the examples' claims with "geokg extract" and
// loads that file: the graph is the one loading the examples makes, and
// the claims keep the extractor's rules rather than passing for an
// analyst's.
func TestExtractThenLoad(t *testing.T) {
	out, stderr, err := geokg(t, "extract", "../../examples/articles")
	if err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	claims := filepath.Join(t.TempDir(), "claims.json")
	if err := os.WriteFile(claims, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	direct, viaClaims := t.TempDir(), t.TempDir()
	if _, stderr, err := geokg(t, "load", "--data", direct, "../../examples/articles"); err != nil {
		t.Fatalf("load examples: %v\n%s", err, stderr)
	}
	if _, stderr, err := geokg(t, "load", "--data", viaClaims, claims); err != nil {
		t.Fatalf("load extracted claims: %v\n%s", err, stderr)
	}
	e1, v1 := counts(t, direct)
	e2, v2 := counts(t, viaClaims)
	if e1 != e2 || v1 != v2 || v1 == 0 {
		t.Errorf("examples loaded: %d entities, %d events; their extracted claims loaded: %d and %d", e1, v1, e2, v2)
	}
	q := `{ entity(name: "Sergey Lavrov") { events(first: 10) { edges { node { type claims { rule status } } } } } }`
	res, stderr, err := geokg(t, "query", "--data", viaClaims, q)
	if err != nil {
		t.Fatalf("query: %v\n%s", err, stderr)
	}
	var resp struct {
		Data struct {
			Entity struct {
				Events struct {
					Edges []struct {
						Node struct {
							Type   string
							Claims []struct{ Rule, Status string }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(res), &resp); err != nil {
		t.Fatalf("query output %q: %v", res, err)
	}
	found := false
	for _, e := range resp.Data.Entity.Events.Edges {
		for _, c := range e.Node.Claims {
			found = found || e.Node.Type == "CONSULT" && c.Rule == "verb:visit" && c.Status == "PLANNED"
		}
	}
	if !found {
		t.Errorf("Lavrov's planned visit, loaded from extracted claims, lost its rule or status: %s", res)
	}
}

// TestExtractBadInputGoesOn names an input that does not exist beside a
// good one: the good one's claims are printed whole, the bad one is named.
func TestExtractBadInputGoesOn(t *testing.T) {
	out, stderr, err := geokg(t, "extract", "../../examples/articles/feed.jsonl", "no-such-*.md")
	if !errors.Is(err, errSomeFailed) {
		t.Errorf("error %v, want errSomeFailed", err)
	}
	if !strings.Contains(stderr, "no-such-*.md") {
		t.Errorf("stderr does not name the bad input: %q", stderr)
	}
	var arts []map[string]any
	if err := json.Unmarshal([]byte(out), &arts); err != nil || len(arts) == 0 {
		t.Errorf("stdout is not a claims array of the good input (%v): %q", err, out)
	}
}

// TestUndatedEventsMeetWithinAMonth loads three articles that each report
// Israel bombing Lebanon without a date: the two published in July 2006
// are taken to tell of one event, the one of January 2009 of another.
func TestUndatedEventsMeetWithinAMonth(t *testing.T) {
	feed := filepath.Join(t.TempDir(), "feed.jsonl")
	lines := []string{
		`{"id": "july-14", "title": "Strikes", "published": "2006-07-14", "text": "Israel bombed Lebanon."}`,
		`{"id": "july-20", "title": "Strikes", "published": "2006-07-20", "text": "Israeli warplanes bombed southern Lebanon, the army said."}`,
		`{"id": "january", "title": "Strikes", "published": "2009-01-05", "text": "Israel bombed Lebanon."}`,
	}
	if err := os.WriteFile(feed, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, stderr, err := geokg(t, "load", "--data", dir, feed); err != nil {
		t.Fatalf("load: %v\n%s", err, stderr)
	}
	q := `{ events(filter: {type: ASSAULT}) { edges { node { date claims { article { id } } } } } }`
	out, stderr, err := geokg(t, "query", "--data", dir, q)
	if err != nil {
		t.Fatalf("query: %v\n%s", err, stderr)
	}
	var resp struct {
		Data struct {
			Events struct {
				Edges []struct {
					Node struct {
						Date   *string
						Claims []struct{ Article struct{ ID string } }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &resp); err != nil {
		t.Fatalf("query output %q: %v", out, err)
	}
	var events []string
	for _, e := range resp.Data.Events.Edges {
		var ids []string
		for _, c := range e.Node.Claims {
			ids = append(ids, c.Article.ID)
		}
		slices.Sort(ids)
		events = append(events, strings.Join(ids, "+"))
	}
	slices.Sort(events)
	if want := []string{"january", "july-14+july-20"}; !slices.Equal(events, want) {
		t.Errorf("events by the articles claiming them: %q, want %q\n%s", events, want, out)
	}
}
