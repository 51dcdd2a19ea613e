package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// newStore opens an embedded store holding one article: Lavrov's planned
// visit to North Korea (confidence 0.8) and the Kim–Putin meeting (0.5).
func newStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	kp := &graph.Entity{ID: "KP", Name: "North Korea", Kind: graph.Country, Aliases: []string{"DPRK"}}
	lavrov := &graph.Entity{ID: "person/sergey-lavrov", Name: "Sergey Lavrov", Kind: graph.Person, Aliases: []string{"Lavrov"}}
	kim := &graph.Entity{ID: "person/kim-jong-un", Name: "Kim Jong-un", Kind: graph.Person}
	putin := &graph.Entity{ID: "person/vladimir-putin", Name: "Vladimir Putin", Kind: graph.Person}
	visitID := graph.EventID(graph.Consult, []string{lavrov.ID}, []string{kp.ID}, "2023-10", "")
	meetID := graph.EventID(graph.Consult, []string{kim.ID}, []string{putin.ID}, "2023-09-13", "")
	x := &graph.Extraction{
		Article:  graph.Article{ID: "art-1", Title: "Lavrov to visit", Published: "2023-09-24", URL: "https://example.org/a"},
		Entities: []*graph.Entity{kp, lavrov, kim, putin},
		Events: []*graph.Event{
			{ID: visitID, Type: graph.Consult, Mode: "visit", CAMEO: "042", Label: "Sergey Lavrov visits North Korea",
				Actors: []*graph.Entity{lavrov}, Targets: []*graph.Entity{kp}, Date: "2023-10", Precision: graph.Month, Status: graph.Planned,
				Claims: []*graph.Claim{{ID: graph.ClaimID("art-1", 0, visitID), Text: "Lavrov will visit North Korea next month.", Status: graph.Planned, Start: 0, End: 41, Confidence: 0.8}}},
			{ID: meetID, Type: graph.Consult, Mode: "meet", Label: "Kim Jong-un meets Vladimir Putin",
				Actors: []*graph.Entity{kim}, Targets: []*graph.Entity{putin}, Status: graph.Reported,
				Claims: []*graph.Claim{{ID: graph.ClaimID("art-1", 1, meetID), Text: "Kim met Putin.", Status: graph.Reported, Start: -1, End: -1, Confidence: 0.5}}},
		},
	}
	if err := s.Write(context.Background(), x); err != nil {
		t.Fatal(err)
	}
	return s
}

// post sends a GraphQL request to h and returns the decoded response.
func post(t *testing.T, h http.Handler, query string, vars map[string]any) map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("response %d is not JSON: %s", rec.Code, rec.Body.String())
	}
	return out
}

func TestGraphQL(t *testing.T) {
	store := newStore(t)
	h := Handler(store)
	cases := []struct {
		name  string
		query string
		vars  map[string]any
		want  string // the JSON of data, exactly
	}{
		{"entity by alias with nullable fields", `{ entity(name: "lavrov") { id name kind aliases
			events { totalCount edges { node { label type mode cameo date precision status
				targets { name } claims { text status start end article { id title published } } } } } } }`, nil,
			`{"entity":{"aliases":["Lavrov"],"events":{"edges":[{"node":{"cameo":"042","claims":[{"article":{"id":"art-1","published":"2023-09-24","title":"Lavrov to visit"},"end":41,"start":0,"status":"PLANNED","text":"Lavrov will visit North Korea next month."}],"date":"2023-10","label":"Sergey Lavrov visits North Korea","mode":"visit","precision":"MONTH","status":"PLANNED","targets":[{"name":"North Korea"}],"type":"CONSULT"}}],"totalCount":1},"id":"person/sergey-lavrov","kind":"PERSON","name":"Sergey Lavrov"}}`},
		{"undated event has nulls; CAMEO from the ontology", `{ events(filter: {status: REPORTED}) { edges { node { date precision cameo claims { start end } } } } }`, nil,
			`{"events":{"edges":[{"node":{"cameo":"040","claims":[{"end":null,"start":null}],"date":null,"precision":null}}]}}`},
		{"aliases, variables and several roots", `query($who: String!, $n: Int) {
			a: entity(name: $who) { name }
			b: events(first: $n) { totalCount pageInfo { hasNextPage } edges { node { actors { name } } } }
			c: entities(filter: {kind: COUNTRY}) { totalCount edges { node { id } } } }`,
			map[string]any{"who": "DPRK", "n": 1},
			`{"a":{"name":"North Korea"},"b":{"edges":[{"node":{"actors":[{"name":"Sergey Lavrov"}]}}],"pageInfo":{"hasNextPage":true},"totalCount":2},"c":{"edges":[{"node":{"id":"KP"}}],"totalCount":1}}`},
		{"fragments and nested entity events", `{ event(id: "` + graph.EventID(graph.Consult, []string{"person/sergey-lavrov"}, []string{"KP"}, "2023-10", "") + `") { ...E } }
			fragment E on Event { targets { name kp: events(filter: {type: CONSULT}) { totalCount } none: events(filter: {type: ASSAULT}) { totalCount } } }`, nil,
			`{"event":{"targets":[{"kp":{"totalCount":1},"name":"North Korea","none":{"totalCount":0}}]}}`},
		{"from an article to the events it claims, in sentence order", `{ article(id: "art-1") { claims { event { label } } } }`, nil,
			`{"article":{"claims":[{"event":{"label":"Sergey Lavrov visits North Korea"}},{"event":{"label":"Kim Jong-un meets Vladimir Putin"}}]}}`},
		{"missing entity is null", `{ entity(id: "nobody") { name } }`, nil, `{"entity":null}`},
		{"minConfidence keeps the confident events", `{ events(filter: {minConfidence: 0.7}) { totalCount edges { node { label confidence } } } }`, nil,
			`{"events":{"edges":[{"node":{"confidence":0.8,"label":"Sergey Lavrov visits North Korea"}}],"totalCount":1}}`},
		{"minConfidence from a variable, an Int literal, and on Entity.events", `query($c: Float) {
			low: events(filter: {minConfidence: $c}) { totalCount }
			one: events(filter: {minConfidence: 1}) { totalCount }
			kim: entity(name: "Kim Jong-un") { sure: events(filter: {minConfidence: 0.7}) { totalCount } any: events(filter: {minConfidence: $c}) { totalCount } } }`,
			map[string]any{"c": 0.5},
			`{"kim":{"any":{"totalCount":1},"sure":{"totalCount":0}},"low":{"totalCount":2},"one":{"totalCount":0}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := store.Reads()
			resp := post(t, h, tc.query, tc.vars)
			if resp["errors"] != nil {
				t.Fatalf("errors: %v", resp["errors"])
			}
			got, _ := json.Marshal(resp["data"])
			if string(got) != tc.want {
				t.Errorf("data\n got %s\nwant %s", got, tc.want)
			}
			if n := store.Reads() - before; n != 1 {
				t.Errorf("%d DQL requests for one GraphQL request, want 1", n)
			}
		})
	}
}

func TestGraphQLErrors(t *testing.T) {
	h := Handler(newStore(t))
	cases := []struct{ name, query, wantErr string }{
		{"entity without id or name", `{ entity { name } }`, "entity needs an id or a name"},
		{"bad cursor", `{ events(after: "zzz") { totalCount } }`, "bad cursor"},
		{"bad date", `{ events(filter: {from: "last week"}) { totalCount } }`, "from"},
		{"page too large", `{ events(first: 100000) { totalCount } }`, "first must be between"},
		{"unknown enum", `{ events(filter: {type: VISIT}) { totalCount } }`, "VISIT"},
		{"minConfidence above 1", `{ events(filter: {minConfidence: 1.5}) { totalCount } }`, "minConfidence: 1.5 is not between 0 and 1"},
		{"minConfidence below 0 on Entity.events", `{ entity(name: "lavrov") { events(filter: {minConfidence: -0.5}) { totalCount } } }`, "minConfidence: -0.5 is not between 0 and 1"},
		{"minConfidence not a number", `{ events(filter: {minConfidence: "high"}) { totalCount } }`, "Float cannot represent"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp := post(t, h, tc.query, nil)
			errs, _ := json.Marshal(resp["errors"])
			if !strings.Contains(string(errs), tc.wantErr) {
				t.Errorf("errors %s, want one mentioning %q", errs, tc.wantErr)
			}
		})
	}
}

func TestHTTPRoutes(t *testing.T) {
	h := Handler(newStore(t))
	cases := []struct {
		path     string
		wantCode int
		wantBody string
	}{
		{"/healthz", 200, "ok"},
		{"/", 200, "geokg playground"},
		{"/metrics", 200, "geokg_dql_reads_total"},
		{"/nope", 404, ""},
	}
	for _, tc := range cases {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tc.path, nil))
		if rec.Code != tc.wantCode || !strings.Contains(rec.Body.String(), tc.wantBody) {
			t.Errorf("GET %s: %d %q, want %d containing %q", tc.path, rec.Code, rec.Body.String()[:min(80, rec.Body.Len())], tc.wantCode, tc.wantBody)
		}
	}
	// The playground must work offline: no script or style from elsewhere.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if strings.Contains(rec.Body.String(), "src=\"http") || strings.Contains(rec.Body.String(), "href=\"http") {
		t.Error("the playground loads something from the network")
	}
}

func TestIngest(t *testing.T) {
	store := newStore(t)
	h := Handler(store)
	ingest := func(name, body string) (int, map[string]any) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/ingest?name="+name, strings.NewReader(body)))
		var out map[string]any
		json.Unmarshal(rec.Body.Bytes(), &out)
		return rec.Code, out
	}
	feed := `{"id":"f1","title":"Talks","date":"2024-03-02","text":"Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Saturday."}
{"id":"f2","text":"x","date":"not a date"}
`
	code, out := ingest("feed.jsonl", feed)
	if code != 200 || out["articles"] != 1.0 {
		t.Fatalf("ingest: %d %v, want 200 with 1 article", code, out)
	}
	failed, _ := json.Marshal(out["failed"])
	if !strings.Contains(string(failed), "feed.jsonl:2") || !strings.Contains(string(failed), "not a date") {
		t.Errorf("failed %s, want feed.jsonl:2 and its problem", failed)
	}
	resp := post(t, h, `{ article(id: "f1") { title claims { event { label } } } }`, nil)
	if got, _ := json.Marshal(resp["data"]); !strings.Contains(string(got), `"title":"Talks"`) {
		t.Errorf("ingested article not found: %s", got)
	}
	before := post(t, h, `{ events(first: 0) { totalCount } entities(first: 0) { totalCount } }`, nil)
	ingest("feed.jsonl", feed)
	after := post(t, h, `{ events(first: 0) { totalCount } entities(first: 0) { totalCount } }`, nil)
	if b, a := fmt.Sprint(before["data"]), fmt.Sprint(after["data"]); a != b {
		t.Errorf("ingesting again changed counts: %s then %s", b, a)
	}
	for _, name := range []string{"", "noextension"} {
		if code, _ := ingest(name, feed); code != http.StatusBadRequest {
			t.Errorf("ingest with name %q: %d, want 400", name, code)
		}
	}
	if code, out := ingest("notes.pdf", "%PDF"); code != 200 || !strings.Contains(fmt.Sprint(out["failed"]), "unsupported input format") {
		t.Errorf("ingest of a pdf: %d %v", code, out)
	}
}
