package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/dgo/v250/protos/api"

	"github.com/geokg/geokg/internal/dgraphtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	dgraphtest.StopShared()
	os.Exit(code)
}

// backends are the two ways to open a Store; every store test runs on both.
var backends = []struct {
	name string
	open func(t *testing.T) *Store
}{
	{"embedded", func(t *testing.T) *Store {
		s, err := Open(context.Background(), t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}},
	{"cluster", func(t *testing.T) *Store {
		c := dgraphtest.Shared(t)
		if err := c.Client(t).Alter(context.Background(), &api.Operation{DropAll: true}); err != nil {
			t.Fatalf("drop all: %v", err)
		}
		s, err := Open(context.Background(), c.URI)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}},
}

// forEachBackend runs test on a fresh store of each backend, one after the
// other: a process holds one embedded engine at a time.
func forEachBackend(t *testing.T, test func(t *testing.T, s *Store)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { test(t, b.open(t)) })
	}
}

var (
	russia      = &Entity{ID: "RU", Name: "Russia", Kind: Country}
	northKorea  = &Entity{ID: "KP", Name: "North Korea", Kind: Country, Aliases: []string{"DPRK"}}
	lavrov      = &Entity{ID: "person/sergey-lavrov", Name: "Sergey Lavrov", Kind: Person, Aliases: []string{"Lavrov"}, Country: "RU", Roles: []Role{{Title: "Foreign Minister", Of: "RU", Since: "2004"}}}
	kim         = &Entity{ID: "person/kim-jong-un", Name: "Kim Jong-un", Kind: Person, Aliases: []string{"Kim"}, Country: "KP"}
	putin       = &Entity{ID: "person/vladimir-putin", Name: "Vladimir Putin", Kind: Person, Aliases: []string{"Putin"}, Country: "RU"}
	testEntites = []*Entity{russia, northKorea, lavrov, kim, putin}
)

// visit builds the article that reports Lavrov's visit to North Korea with
// the given status, date and publication date.
func visit(articleID, published string, status Status, date string, precision Precision) *Extraction {
	id := EventID(Consult, []string{lavrov.ID}, []string{northKorea.ID}, date, ReportedScope(Article{ID: articleID, Published: published}))
	text := "Russian Foreign Minister Sergey Lavrov will visit North Korea."
	return &Extraction{
		Article:  Article{ID: articleID, Title: "Lavrov and North Korea", Published: published, Source: "test"},
		Entities: testEntites,
		Events: []*Event{{
			ID: id, Type: Consult, Mode: "visit", CAMEO: "042", Label: "Sergey Lavrov visits North Korea",
			Actors: []*Entity{lavrov}, Targets: []*Entity{northKorea}, Date: date, Precision: precision, Status: status,
			Claims: []*Claim{{ID: ClaimID(articleID, 0, id), Text: text, Status: status, Start: 0, End: len(text), Rule: "test", Confidence: 0.8}},
		}, {
			ID: EventID(Consult, []string{kim.ID}, []string{putin.ID}, "2023-09-13", ""), Type: Consult, Mode: "meet",
			Label: "Kim Jong-un meets Vladimir Putin", Actors: []*Entity{kim}, Targets: []*Entity{putin},
			Date: "2023-09-13", Precision: Day, Status: Reported,
			Claims: []*Claim{{ID: ClaimID(articleID, 1, EventID(Consult, []string{kim.ID}, []string{putin.ID}, "2023-09-13", "")),
				Text: "Kim met Putin on September 13.", Status: Reported, Start: -1, End: -1}},
		}},
	}
}

// census counts nodes by type and every edge and list value, to tell
// whether a write changed anything.
func census(t *testing.T, s *Store) map[string]int {
	t.Helper()
	const q = `{ q(func: has(xid)) { dgraph.type aliases lookup
		a: count(actors) g: count(targets) p: count(participants) e: count(event) r: count(article) o: count(roles) } }`
	resp, err := s.dg.NewReadOnlyTxn().Query(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Q []struct {
			Types            []string `json:"dgraph.type"`
			Aliases          []string
			Lookup           []string
			A, G, P, E, R, O int
		}
	}
	if err := json.Unmarshal(resp.Json, &out); err != nil {
		t.Fatal(err)
	}
	c := map[string]int{}
	for _, n := range out.Q {
		for _, typ := range n.Types {
			c[typ]++
		}
		c["aliases"] += len(n.Aliases)
		c["lookup"] += len(n.Lookup)
		c["edges"] += n.A + n.G + n.P + n.E + n.R + n.O
	}
	return c
}

func TestWriteIsIdempotent(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		x := visit("a1", "2023-09-24", Planned, "2023-10", Month)
		if err := s.Write(ctx, x); err != nil {
			t.Fatal(err)
		}
		first := census(t, s)
		want := map[string]int{"Article": 1, "Entity": 5, "Event": 2, "Claim": 2, "Role": 1}
		for typ, n := range want {
			if first[typ] != n {
				t.Errorf("after one write: %d %s nodes, want %d (census %v)", first[typ], typ, n, first)
			}
		}
		if err := s.Write(ctx, x); err != nil {
			t.Fatal(err)
		}
		if again := census(t, s); !equalCounts(first, again) {
			t.Errorf("writing the same article again changed the graph:\nbefore %v\nafter  %v", first, again)
		}
	})
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestTwoArticlesOneEvent(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		// The planned visit, then the report of it from a later article.
		if err := s.Write(ctx, visit("a1", "2023-09-24", Planned, "2023-10", Month)); err != nil {
			t.Fatal(err)
		}
		if err := s.Write(ctx, visit("a2", "2023-10-02", Reported, "2023-10", Month)); err != nil {
			t.Fatal(err)
		}
		c := census(t, s)
		if c["Event"] != 2 || c["Claim"] != 4 || c["Article"] != 2 {
			t.Fatalf("census %v: want 2 events with 4 claims from 2 articles", c)
		}
		id := EventID(Consult, []string{lavrov.ID}, []string{northKorea.ID}, "2023-10", "")
		res, err := s.Query(ctx, []Field{{Name: "event", Key: "e", Args: Args{ID: id},
			Fields: []Field{{Name: "claims", Key: "claims", Fields: []Field{{Name: "article", Key: "article"}}}}}})
		if err != nil {
			t.Fatal(err)
		}
		ev := res.Event("e")
		if ev == nil {
			t.Fatalf("event %s not found", id)
		}
		if len(ev.Claims) != 2 {
			t.Errorf("event has %d claims, want 2", len(ev.Claims))
		}
		if ev.Status != Reported {
			t.Errorf("merged status %q, want reported (a report outweighs a plan)", ev.Status)
		}
		articles := map[string]Status{}
		for _, c := range ev.Claims {
			articles[c.Article.ID] = c.Status
		}
		if articles["a1"] != Planned || articles["a2"] != Reported {
			t.Errorf("claims by article %v, want a1 planned and a2 reported", articles)
		}
	})
}

func TestWriteRejectsInvalid(t *testing.T) {
	bad := func(mutate func(x *Extraction)) *Extraction {
		x := visit("bad", "2023-09-24", Planned, "2023-10", Month)
		mutate(x)
		return x
	}
	cases := []struct {
		name string
		x    *Extraction
	}{
		{"no article id", bad(func(x *Extraction) { x.Article.ID = "" })},
		{"unknown type", bad(func(x *Extraction) { x.Events[1].Type = "VISIT" })},
		{"unknown status", bad(func(x *Extraction) { x.Events[1].Claims[0].Status = "maybe" })},
		{"date not a date", bad(func(x *Extraction) { x.Events[0].Date = "next month" })},
		{"undefined entity", bad(func(x *Extraction) { x.Events[0].Targets = []*Entity{{ID: "XX", Name: "X", Kind: Country}} })},
	}
	forEachBackend(t, func(t *testing.T, s *Store) {
		for _, tc := range cases {
			err := s.Write(context.Background(), tc.x)
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("%s: error %v, want ErrInvalid", tc.name, err)
			}
		}
		if c := census(t, s); len(c) != 0 {
			t.Errorf("invalid extractions wrote %v", c)
		}
	})
}

func TestQuery(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		for _, x := range []*Extraction{
			visit("a1", "2023-09-24", Planned, "2023-10", Month),
			visit("a2", "2024-06-01", Reported, "2024-06-01", Day),
		} {
			if err := s.Write(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		one := 1
		eventsOf := func(f *EventFilter, first *int, after string) Field {
			return Field{Name: "events", Key: "events", Args: Args{Events: f, First: first, After: after}, Fields: []Field{
				{Name: "totalCount", Key: "totalCount"},
				{Name: "edges", Key: "edges", Fields: []Field{{Name: "node", Key: "node", Fields: []Field{
					{Name: "targets", Key: "targets"}}}}},
			}}
		}
		cases := []struct {
			name      string
			lookup    Args
			events    Field
			wantTotal int
			wantDates []string
			wantNext  bool
		}{
			{"by alias, any case", Args{Name: "LAVROV"}, eventsOf(nil, nil, ""), 2, []string{"2024-06-01", "2023-10"}, false},
			{"by id", Args{ID: lavrov.ID}, eventsOf(nil, nil, ""), 2, []string{"2024-06-01", "2023-10"}, false},
			{"first page", Args{Name: "Sergey Lavrov"}, eventsOf(nil, &one, ""), 2, []string{"2024-06-01"}, true},
			{"second page", Args{Name: "Sergey Lavrov"}, eventsOf(nil, &one, encodeCursor(0)), 2, []string{"2023-10"}, false},
			{"status", Args{Name: "lavrov"}, eventsOf(&EventFilter{Status: Planned}, nil, ""), 1, []string{"2023-10"}, false},
			{"target alias", Args{Name: "lavrov"}, eventsOf(&EventFilter{Target: "dprk"}, nil, ""), 2, []string{"2024-06-01", "2023-10"}, false},
			{"from", Args{Name: "lavrov"}, eventsOf(&EventFilter{From: "2023-10-31"}, nil, ""), 2, []string{"2024-06-01", "2023-10"}, false},
			{"to", Args{Name: "lavrov"}, eventsOf(&EventFilter{To: "2023-12"}, nil, ""), 1, []string{"2023-10"}, false},
			{"nothing", Args{Name: "lavrov"}, eventsOf(&EventFilter{Type: Assault}, nil, ""), 0, nil, false},
		}
		for _, tc := range cases {
			res, err := s.Query(ctx, []Field{{Name: "entity", Key: "who", Args: tc.lookup, Fields: []Field{{Name: "country"}, {Name: "roles"}, tc.events}}})
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			e := res.Entity("who")
			if e == nil || e.ID != lavrov.ID {
				t.Fatalf("%s: entity %+v, want Sergey Lavrov", tc.name, e)
			}
			if e.Country != lavrov.Country || !slices.Equal(e.Roles, lavrov.Roles) {
				t.Errorf("%s: country %q, roles %+v; want %q, %+v", tc.name, e.Country, e.Roles, lavrov.Country, lavrov.Roles)
			}
			conn, ok := e.Events("events")
			if !ok {
				t.Fatalf("%s: events not loaded", tc.name)
			}
			var dates []string
			for _, edge := range conn.Edges {
				dates = append(dates, edge.Node.Date)
				if len(edge.Node.Targets) != 1 || edge.Node.Targets[0].ID != "KP" {
					t.Errorf("%s: targets %+v, want North Korea", tc.name, edge.Node.Targets)
				}
			}
			if conn.TotalCount != tc.wantTotal || conn.PageInfo.HasNextPage != tc.wantNext || !equalStrings(dates, tc.wantDates) {
				t.Errorf("%s: total %d, next %v, dates %v; want %d, %v, %v", tc.name,
					conn.TotalCount, conn.PageInfo.HasNextPage, dates, tc.wantTotal, tc.wantNext, tc.wantDates)
			}
		}
		// Values that look like DQL stay values.
		res, err := s.Query(ctx, []Field{{Name: "entity", Key: "e", Args: Args{Name: `") { uid } x(func: has(xid)`}}})
		if err != nil {
			t.Fatalf("injection attempt: %v", err)
		}
		if e := res.Entity("e"); e != nil {
			t.Errorf("a name made of DQL found %+v", e)
		}
		for _, bad := range []Args{{}, {Name: "x", After: "nonsense"}} {
			root := Field{Name: "entity", Key: "e", Args: bad}
			if bad.After != "" {
				root = Field{Name: "events", Key: "e", Args: bad}
			}
			if _, err := s.Query(ctx, []Field{root}); !errors.Is(err, ErrBadArgument) {
				t.Errorf("args %+v: error %v, want ErrBadArgument", bad, err)
			}
		}
	})
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestOpenUnreachableFailsFast(t *testing.T) {
	start := time.Now()
	_, err := Open(context.Background(), "dgraph://127.0.0.1:1")
	if !errors.Is(err, ErrUnreachable) {
		t.Errorf("error %v, want ErrUnreachable", err)
	}
	if d := time.Since(start); d > OpenTimeout+2*time.Second {
		t.Errorf("took %v to fail, want at most %v", d, OpenTimeout)
	}
}

func TestOpenLockedDirectory(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := Open(context.Background(), "file://"+dir); !errors.Is(err, ErrLocked) {
		t.Errorf("second open of %s: %v, want ErrLocked", dir, err)
	}
}

func TestRewriteRetiresWhatAnArticleNoLongerClaims(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		// a1 states both events; a2 states the visit alone.
		a1 := visit("a1", "2023-09-24", Planned, "2023-10", Month)
		a2 := visit("a2", "2023-09-25", Planned, "2023-10", Month)
		a2.Events = a2.Events[:1]
		for _, x := range []*Extraction{a1, a2} {
			if err := s.Write(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		// A better extractor now finds only the meeting in a1.
		x := visit("a1", "2023-09-24", Planned, "2023-10", Month)
		x.Events = x.Events[1:]
		if err := s.Write(ctx, x); err != nil {
			t.Fatal(err)
		}
		c := census(t, s)
		// The visit keeps a2's claim; a1's claim of it is gone.
		if c["Event"] != 2 || c["Claim"] != 2 {
			t.Errorf("census %v: want 2 events and 2 claims", c)
		}
		// Now a2 claims nothing: its visit event has no source left and goes.
		y := visit("a2", "2023-09-25", Planned, "2023-10", Month)
		y.Events = nil
		if err := s.Write(ctx, y); err != nil {
			t.Fatal(err)
		}
		if c := census(t, s); c["Event"] != 1 || c["Claim"] != 1 {
			t.Errorf("census %v: want the meeting alone, with its one claim", c)
		}
	})
}

// A plan and the later report of it are one event, whichever is loaded
// first: the analyst sees the forecast become fact, claim by claim.
func TestPlanAndReportMeet(t *testing.T) {
	plan := func() *Extraction {
		x := visit("plan", "2023-09-24", Planned, "2023-10", Month)
		x.Events = x.Events[:1]
		return x
	}
	report := func() *Extraction {
		x := visit("report", "2023-10-19", Reported, "2023-10-18", Day)
		x.Events = x.Events[:1]
		return x
	}
	elsewhen := func() *Extraction {
		x := visit("other", "2023-12-01", Reported, "2023-11-30", Day)
		x.Events = x.Events[:1]
		return x
	}
	orders := map[string][]*Extraction{
		"plan first":   {plan(), report(), elsewhen()},
		"report first": {report(), plan(), elsewhen()},
	}
	for name, order := range orders {
		t.Run(name, func(t *testing.T) {
			forEachBackend(t, func(t *testing.T, s *Store) {
				ctx := context.Background()
				for _, x := range append(order, order...) { // twice: rewrites change nothing
					if err := s.Write(ctx, x); err != nil {
						t.Fatal(err)
					}
				}
				if c := census(t, s); c["Event"] != 2 || c["Claim"] != 3 {
					t.Errorf("census %v: want the plan and its report as one event, the November visit as another", c)
				}
				res, err := s.Query(ctx, []Field{{Name: "events", Key: "e", Fields: []Field{{Name: "edges", Key: "edges", Fields: []Field{
					{Name: "node", Key: "node", Fields: []Field{{Name: "claims", Key: "claims"}}}}}}}})
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, e := range res.Events("e").Edges {
					statuses := ""
					for _, c := range e.Node.Claims {
						statuses += " " + string(c.Status)
					}
					got = append(got, e.Node.Date+" "+string(e.Node.Status)+":"+statuses)
				}
				want := []string{"2023-11-30 reported: reported", "2023-10-18 reported: planned reported"}
				if !equalStrings(got, want) && !equalStrings(got, []string{want[0], "2023-10-18 reported: reported planned"}) {
					t.Errorf("events %q, want %q", got, want)
				}
			})
		})
	}
}

// confident builds an article with one event of Lavrov's per confidence:
// a visit to North Korea in month i+1 of 2023, whose one claim has that
// confidence.
func confident(articleID string, confidences ...float64) *Extraction {
	x := &Extraction{Article: Article{ID: articleID, Title: "Lavrov travels", Published: "2024-01-01", Source: "test"}, Entities: testEntites}
	for i, conf := range confidences {
		date := fmt.Sprintf("2023-%02d", i+1)
		id := EventID(Consult, []string{lavrov.ID}, []string{northKorea.ID}, date, "")
		x.Events = append(x.Events, &Event{
			ID: id, Type: Consult, Mode: "visit", Label: "Sergey Lavrov visits North Korea",
			Actors: []*Entity{lavrov}, Targets: []*Entity{northKorea}, Date: date, Precision: Month, Status: Reported,
			Claims: []*Claim{{ID: ClaimID(articleID, i, id), Text: "Lavrov visited North Korea.", Status: Reported,
				Start: -1, End: -1, Rule: "test", Confidence: conf}},
		})
	}
	return x
}

func TestMinConfidence(t *testing.T) {
	ptr := func(v float64) *float64 { return &v }
	cases := []struct {
		name   string
		filter *EventFilter
		want   []float64 // the confidences of the events kept, latest first
	}{
		{"no filter", nil, []float64{1, 0.85, 0.7, 0.5, 0.3}},
		{"zero keeps all", &EventFilter{MinConfidence: ptr(0)}, []float64{1, 0.85, 0.7, 0.5, 0.3}},
		{"at the boundary", &EventFilter{MinConfidence: ptr(0.5)}, []float64{1, 0.85, 0.7, 0.5}},
		{"between", &EventFilter{MinConfidence: ptr(0.6)}, []float64{1, 0.85, 0.7}},
		{"confident", &EventFilter{MinConfidence: ptr(0.7)}, []float64{1, 0.85, 0.7}},
		{"analysts' only", &EventFilter{MinConfidence: ptr(1)}, []float64{1}},
		{"with another filter", &EventFilter{MinConfidence: ptr(0.5), To: "2023-03"}, []float64{0.7, 0.5}},
		{"with a name", &EventFilter{MinConfidence: ptr(0.8), Target: "DPRK"}, []float64{1, 0.85}},
	}
	bad := []struct {
		value   float64
		wantMsg string
	}{
		{1.5, "minConfidence: 1.5 is not between 0 and 1"},
		{-0.1, "minConfidence: -0.1 is not between 0 and 1"},
		{math.NaN(), "minConfidence: NaN is not between 0 and 1"},
		{math.Inf(1), "minConfidence: +Inf is not between 0 and 1"},
	}
	conn := func(key string, f *EventFilter) Field {
		return Field{Name: "events", Key: key, Args: Args{Events: f}, Fields: []Field{
			{Name: "totalCount", Key: "totalCount"},
			{Name: "edges", Key: "edges", Fields: []Field{{Name: "node", Key: "node"}}},
		}}
	}
	confidences := func(c *EventConnection) []float64 {
		var out []float64
		for _, e := range c.Edges {
			out = append(out, e.Node.Confidence)
		}
		return out
	}
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		// January to April from the extractor; May from an analyst.
		if err := s.Write(ctx, confident("extracted", 0.3, 0.5, 0.7, 0.85)); err != nil {
			t.Fatal(err)
		}
		analyst := confident("analyst", 0, 0, 0, 0, 1)
		analyst.Events = analyst.Events[4:]
		if err := s.Write(ctx, analyst); err != nil {
			t.Fatal(err)
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				before := s.Reads()
				res, err := s.Query(ctx, []Field{
					conn("all", tc.filter),
					{Name: "entity", Key: "lavrov", Args: Args{ID: lavrov.ID}, Fields: []Field{conn("events", tc.filter)}},
				})
				if err != nil {
					t.Fatal(err)
				}
				if n := s.Reads() - before; n != 1 {
					t.Errorf("%d DQL requests, want 1", n)
				}
				lavrovs, ok := res.Entity("lavrov").Events("events")
				if !ok {
					t.Fatal("Entity.events not loaded")
				}
				for where, c := range map[string]*EventConnection{"events": res.Events("all"), "Entity.events": lavrovs} {
					if got := confidences(c); !slices.Equal(got, tc.want) || c.TotalCount != len(tc.want) {
						t.Errorf("%s: confidences %v, total %d; want %v, %d", where, got, c.TotalCount, tc.want, len(tc.want))
					}
				}
			})
		}
		for _, b := range bad {
			for _, root := range []Field{
				conn("all", &EventFilter{MinConfidence: &b.value}),
				{Name: "entity", Key: "lavrov", Args: Args{ID: lavrov.ID}, Fields: []Field{conn("events", &EventFilter{MinConfidence: &b.value})}},
			} {
				before := s.Reads()
				_, err := s.Query(ctx, []Field{root})
				if !errors.Is(err, ErrBadArgument) || !strings.Contains(err.Error(), b.wantMsg) {
					t.Errorf("%s minConfidence %v: error %v, want ErrBadArgument saying %q", root.Name, b.value, err, b.wantMsg)
				}
				if n := s.Reads() - before; n != 0 {
					t.Errorf("%s minConfidence %v: %d DQL requests, want none", root.Name, b.value, n)
				}
			}
		}
	})
}
