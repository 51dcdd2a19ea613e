package eval

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// The entities the tests use, as the extractor would give them.
var (
	northKorea = &graph.Entity{ID: "KP", Name: "North Korea", Kind: graph.Country}
	russia     = &graph.Entity{ID: "RU", Name: "Russia", Kind: graph.Country}
	china      = &graph.Entity{ID: "CN", Name: "China", Kind: graph.Country}
	lavrov     = &graph.Entity{ID: "person/sergey-lavrov", Name: "Sergey Lavrov", Kind: graph.Person, Aliases: []string{"Lavrov"}}
)

// gazetteer resolves the names a gazetteer would: canonical names and
// a few aliases, but no metonyms.
func gazetteer(name string) (*graph.Entity, bool) {
	switch strings.ToLower(name) {
	case "north korea", "dprk":
		return northKorea, true
	case "russia", "russian federation":
		return russia, true
	case "china", "people's republic of china":
		return china, true
	}
	return nil, false
}

// extracted builds an extracted event with one claim.
func extracted(typ graph.EventType, actors, targets []*graph.Entity, date string, p graph.Precision, st graph.Status) *graph.Event {
	return &graph.Event{Type: typ, Actors: actors, Targets: targets, Date: date, Precision: p, Status: st,
		Claims: []*graph.Claim{{Text: "some sentence."}}}
}

// extraction gathers events and their entities, as Extract returns them.
func extraction(events ...*graph.Event) *graph.Extraction {
	x := &graph.Extraction{Events: events}
	seen := map[string]bool{}
	for _, ev := range events {
		for _, e := range append(append([]*graph.Entity{}, ev.Actors...), ev.Targets...) {
			if !seen[e.ID] {
				seen[e.ID] = true
				x.Entities = append(x.Entities, e)
			}
		}
	}
	return x
}

func es(e ...*graph.Entity) []*graph.Entity { return e }

// visit is the gold event most tests vary: Lavrov visits North Korea.
func visit() GoldEvent {
	return GoldEvent{Type: graph.Consult, Mode: "visit", Actors: []string{"Sergey Lavrov"}, Targets: []string{"North Korea"},
		Date: "2023-10", Precision: graph.Month, Status: graph.Planned, Evidence: "Lavrov to visit North Korea next month"}
}

func goldArticle(events ...GoldEvent) GoldArticle {
	return GoldArticle{ID: "a1", Published: "2023-09-24", Entities: []GoldEntity{
		{Name: "Sergey Lavrov", Kind: graph.Person, Aliases: []string{"Lavrov"}},
		{Name: "North Korea", Kind: graph.Country, Aliases: []string{"DPRK", "Pyongyang"}},
		{Name: "Russia", Kind: graph.Country},
		{Name: "Luiz Inácio Lula da Silva", Kind: graph.Person},
	}, Events: events}
}

func TestScoreEventMatching(t *testing.T) {
	with := func(f func(*GoldEvent)) GoldEvent { g := visit(); f(&g); return g }
	tests := []struct {
		name      string
		gold      []GoldEvent
		extracted []*graph.Event
		matched   int
	}{
		{"same event", []GoldEvent{visit()},
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10", graph.Month, graph.Planned)), 1},
		{"type mismatch", []GoldEvent{visit()},
			events(extracted(graph.Agree, es(lavrov), es(northKorea), "2023-10", graph.Month, graph.Planned)), 0},
		{"actor mismatch", []GoldEvent{visit()},
			events(extracted(graph.Consult, es(russia), es(northKorea), "2023-10", graph.Month, graph.Planned)), 0},
		{"target mismatch", []GoldEvent{visit()},
			events(extracted(graph.Consult, es(lavrov), es(china), "2023-10", graph.Month, graph.Planned)), 0},
		{"one shared actor is enough", []GoldEvent{with(func(g *GoldEvent) { g.Actors = []string{"Sergey Lavrov", "Russia"} })},
			events(extracted(graph.Consult, es(russia), es(northKorea), "2023-10", graph.Month, graph.Planned)), 1},
		{"gold alias names the extracted entity", []GoldEvent{with(func(g *GoldEvent) { g.Targets = []string{"Pyongyang"} })},
			events(extracted(graph.Consult, es(lavrov), es(&graph.Entity{ID: "location/pyongyang", Name: "Pyongyang", Kind: graph.Location}), "2023-10", graph.Month, graph.Planned)), 1},
		{"extracted alias names the gold entity", []GoldEvent{with(func(g *GoldEvent) { g.Actors = []string{"Lavrov"} })},
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10", graph.Month, graph.Planned)), 1},
		{"resolver makes DPRK North Korea", []GoldEvent{with(func(g *GoldEvent) { g.Targets = []string{"DPRK"} })},
			events(extracted(graph.Consult, es(lavrov), es(&graph.Entity{ID: "KP", Name: "N. Korea", Kind: graph.Country}), "2023-10", graph.Month, graph.Planned)), 1},
		{"accents and case do not matter", []GoldEvent{with(func(g *GoldEvent) { g.Targets = []string{"Luiz Inácio Lula da Silva"} })},
			events(extracted(graph.Consult, es(lavrov), es(&graph.Entity{ID: "x", Name: "luiz inacio lula da silva", Kind: graph.Person}), "2023-10", graph.Month, graph.Planned)), 1},
		{"empty gold targets match any", []GoldEvent{with(func(g *GoldEvent) { g.Targets = nil })},
			events(extracted(graph.Consult, es(lavrov), es(china), "2023-10", graph.Month, graph.Planned)), 1},
		{"empty gold targets match none", []GoldEvent{with(func(g *GoldEvent) { g.Targets = nil })},
			events(extracted(graph.Consult, es(lavrov), nil, "2023-10", graph.Month, graph.Planned)), 1},
		{"gold targets need extracted targets", []GoldEvent{visit()},
			events(extracted(graph.Consult, es(lavrov), nil, "2023-10", graph.Month, graph.Planned)), 0},
		{"month matches a day in it", []GoldEvent{visit()},
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10-05", graph.Day, graph.Planned)), 1},
		{"day matches its month", []GoldEvent{with(func(g *GoldEvent) { g.Date, g.Precision = "2023-10-05", graph.Day })},
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10", graph.Month, graph.Planned)), 1},
		{"month does not match the next", []GoldEvent{visit()},
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-11-05", graph.Day, graph.Planned)), 0},
		{"different days do not match", []GoldEvent{with(func(g *GoldEvent) { g.Date, g.Precision = "2023-10-05", graph.Day })},
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10-06", graph.Day, graph.Planned)), 0},
		{"year matches a month in it", []GoldEvent{with(func(g *GoldEvent) { g.Date, g.Precision = "2023", graph.Year })},
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10", graph.Month, graph.Planned)), 1},
		{"no gold date matches any", []GoldEvent{with(func(g *GoldEvent) { g.Date, g.Precision = "", "" })},
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10-05", graph.Day, graph.Planned)), 1},
		{"no extracted date matches any", []GoldEvent{visit()},
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "", "", graph.Planned)), 1},
		{"status does not decide a match", []GoldEvent{visit()},
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10", graph.Month, graph.Reported)), 1},
		{"one gold event cannot match two extracted", []GoldEvent{visit()},
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10", graph.Month, graph.Planned),
				extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10-05", graph.Day, graph.Planned)), 1},
		{"one extracted event cannot match two gold", []GoldEvent{visit(), visit()},
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10", graph.Month, graph.Planned)), 1},
		{"matching is maximal, not first come", []GoldEvent{with(func(g *GoldEvent) { g.Targets = nil }), visit()},
			// The first gold event could take either; only the second
			// fits the first extracted event, so each gets one.
			events(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10", graph.Month, graph.Planned),
				extracted(graph.Consult, es(lavrov), es(china), "2023-10", graph.Month, graph.Planned)), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extraction(tt.extracted...)
			r := Score([]GoldArticle{goldArticle(tt.gold...)}, map[string]*graph.Extraction{"a1": x}, gazetteer)
			if r.Events.Matched != tt.matched {
				t.Fatalf("matched %d events, want %d; details %+v", r.Events.Matched, tt.matched, r.Details)
			}
			d := r.Details[0]
			if got := len(tt.gold) - len(d.Missed); got != tt.matched {
				t.Errorf("%d gold events not missed, want %d", got, tt.matched)
			}
			if got := len(tt.extracted) - len(d.Spurious); got != tt.matched {
				t.Errorf("%d extracted events not spurious, want %d", got, tt.matched)
			}
		})
	}
}

func events(evs ...*graph.Event) []*graph.Event { return evs }

func TestScoreRatios(t *testing.T) {
	gold := []GoldArticle{goldArticle(
		visit(), // matched, status wrong, date right (day within month)
		GoldEvent{Type: graph.Assault, Actors: []string{"Russia"}, Targets: []string{"North Korea"}, Status: graph.Reported}, // missed
		GoldEvent{Type: graph.Agree, Actors: []string{"Russia"}, Targets: []string{"North Korea"}, Status: graph.Reported},   // matched, date wrong (gold has none)
	)}
	x := extraction(
		extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10-05", graph.Day, graph.Reported),
		extracted(graph.Agree, es(russia), es(northKorea), "2023-09", graph.Month, graph.Reported),
		extracted(graph.Sanction, es(china), es(northKorea), "", "", graph.Reported), // spurious
		extracted(graph.Assault, es(china), es(russia), "", "", graph.Denied),        // spurious: its status must not count
	)
	r := Score(gold, map[string]*graph.Extraction{"a1": x}, gazetteer)
	checks := []struct {
		name      string
		got, want float64
	}{
		{"event precision", r.Events.Precision, 2.0 / 4},
		{"event recall", r.Events.Recall, 2.0 / 3},
		{"event F1", r.Events.F1, 2 * (0.5 * 2.0 / 3) / (0.5 + 2.0/3)},
		{"status accuracy (matched only)", r.StatusAccuracy, 1.0 / 2},
		{"date accuracy (matched only)", r.DateAccuracy, 1.0 / 2},
		// Gold lists Lavrov, North Korea, Russia and Lula; extracted events
		// involve Lavrov, North Korea, Russia and China.
		{"entity precision", r.Entities.Precision, 3.0 / 4},
		{"entity recall", r.Entities.Recall, 3.0 / 4},
	}
	for _, c := range checks {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", c.name, c.got, c.want)
		}
	}
	for typ, want := range map[graph.EventType][3]int{ // matched, gold, extracted
		graph.Consult: {1, 1, 1}, graph.Agree: {1, 1, 1}, graph.Assault: {0, 1, 1}, graph.Sanction: {0, 0, 1},
	} {
		ts := r.ByType[typ]
		if ts == nil || ts.Matched != want[0] || ts.Gold != want[1] || ts.Extracted != want[2] {
			t.Errorf("%s scored %+v, want matched/gold/extracted %v", typ, ts, want)
		}
	}
	if ts := r.ByType[graph.Consult]; ts != nil && (ts.Precision != 1 || ts.Recall != 1) {
		t.Errorf("CONSULT precision/recall %.2f/%.2f, want 1/1", ts.Precision, ts.Recall)
	}
	d := r.Details[0]
	if len(d.WrongStatus) != 1 || d.WrongStatus[0].Gold.Type != graph.Consult {
		t.Errorf("wrong status pairs %+v, want the CONSULT one", d.WrongStatus)
	}
	if len(d.WrongDate) != 1 || d.WrongDate[0].Gold.Type != graph.Agree {
		t.Errorf("wrong date pairs %+v, want the AGREE one", d.WrongDate)
	}
}

// TestScoreConfidenceBands counts extracted events by their confidence:
// a band's precision is its matched share, and band edges belong to the
// band above them.
func TestScoreConfidenceBands(t *testing.T) {
	gold := []GoldArticle{goldArticle(
		visit(),
		GoldEvent{Type: graph.Agree, Actors: []string{"Russia"}, Targets: []string{"North Korea"}, Status: graph.Reported},
	)}
	withConfidence := func(ev *graph.Event, c float64) *graph.Event { ev.Confidence = c; return ev }
	x := extraction(
		withConfidence(extracted(graph.Consult, es(lavrov), es(northKorea), "2023-10", graph.Month, graph.Planned), 0.75), // matched
		withConfidence(extracted(graph.Agree, es(russia), es(northKorea), "", "", graph.Reported), 0.5),                   // matched, on an edge
		withConfidence(extracted(graph.Sanction, es(china), es(northKorea), "", "", graph.Reported), 0.55),                // spurious
		withConfidence(extracted(graph.Assault, es(china), es(russia), "", "", graph.Reported), 0.35),                     // spurious
	)
	r := Score(gold, map[string]*graph.Extraction{"a1": x}, gazetteer)
	want := map[float64][2]int{0: {1, 0}, 0.4: {0, 0}, 0.5: {2, 1}, 0.6: {0, 0}, 0.7: {1, 1}} // extracted, matched
	if len(r.Confidence) != len(ConfidenceBands) {
		t.Fatalf("%d bands, want %d", len(r.Confidence), len(ConfidenceBands))
	}
	for _, b := range r.Confidence {
		w := want[b.Min]
		if b.Extracted != w[0] || b.Matched != w[1] || b.Precision != ratio(w[1], w[0]) {
			t.Errorf("band %.2f–%.2f: %d extracted, %d matched, precision %.2f; want %d, %d", b.Min, b.Max, b.Extracted, b.Matched, b.Precision, w[0], w[1])
		}
	}
	if last := r.Confidence[len(r.Confidence)-1]; last.Max != 1 {
		t.Errorf("last band ends at %.2f, want 1", last.Max)
	}
}

func TestScoreEntities(t *testing.T) {
	tests := []struct {
		name    string
		gold    []GoldEntity
		entity  *graph.Entity
		matched int
	}{
		{"same name and kind", []GoldEntity{{Name: "Russia", Kind: graph.Country}}, russia, 1},
		{"kind differs", []GoldEntity{{Name: "Russia", Kind: graph.Organization}}, russia, 0},
		{"name case differs", []GoldEntity{{Name: "RUSSIA", Kind: graph.Country}}, russia, 1},
		{"gold alias", []GoldEntity{{Name: "Russian Federation", Kind: graph.Country, Aliases: []string{"Russia"}}}, russia, 1},
		{"resolved gold name", []GoldEntity{{Name: "Russian Federation", Kind: graph.Country}}, russia, 1},
		{"extracted alias", []GoldEntity{{Name: "Lavrov", Kind: graph.Person}}, lavrov, 1},
		{"different entity", []GoldEntity{{Name: "China", Kind: graph.Country}}, russia, 0},
		{"one extracted entity for two gold", []GoldEntity{{Name: "Russia", Kind: graph.Country}, {Name: "Russian Federation", Kind: graph.Country}}, russia, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := GoldArticle{ID: "a1", Entities: tt.gold}
			x := extraction(extracted(graph.Consult, es(tt.entity), nil, "", "", graph.Reported))
			r := Score([]GoldArticle{g}, map[string]*graph.Extraction{"a1": x}, gazetteer)
			if r.Entities.Matched != tt.matched {
				t.Errorf("matched %d entities, want %d", r.Entities.Matched, tt.matched)
			}
		})
	}
}

func TestScoreEntitiesListed(t *testing.T) {
	// An entity the extraction lists counts whether or not an event uses it
	// or it carries a role: the extractor lists only what it reads as
	// taking part (a meeting's place), so China here is spurious.
	x := extraction(extracted(graph.Consult, es(russia), nil, "", "", graph.Reported))
	x.Entities = append(x.Entities, china)
	loc := &graph.Entity{ID: "location/pyongyang", Name: "Pyongyang", Kind: graph.Location}
	x.Events[0].Location = loc
	x.Entities = append(x.Entities, loc)
	g := GoldArticle{ID: "a1", Entities: []GoldEntity{{Name: "Russia", Kind: graph.Country}, {Name: "Pyongyang", Kind: graph.Location}}}
	r := Score([]GoldArticle{g}, map[string]*graph.Extraction{"a1": x}, gazetteer)
	if r.Entities.Extracted != 3 || r.Entities.Matched != 2 {
		t.Errorf("extracted %d, matched %d entities; want 3 and 2 (Russia and the location matched, China spurious)", r.Entities.Extracted, r.Entities.Matched)
	}
}

// TestScoreEntitiesWithRoles checks ANNOTATION.md's entity set: the
// entities that take part in events or whose role is stated.
func TestScoreEntitiesWithRoles(t *testing.T) {
	wu := &graph.Entity{ID: "person/wu-daiwei", Name: "Wu Daiwei", Kind: graph.Person, Country: "CN",
		Roles: []graph.Role{{Title: "Vice Foreign Minister", Of: "CN"}}}
	smith := &graph.Entity{ID: "person/john-smith", Name: "John Smith", Kind: graph.Person}
	lavrovFM := &graph.Entity{ID: lavrov.ID, Name: lavrov.Name, Kind: graph.Person, Aliases: lavrov.Aliases,
		Roles: []graph.Role{{Title: "Foreign Minister", Of: "RU"}}}
	goldWu := GoldEntity{Name: "Wu Daiwei", Kind: graph.Person, Role: "Vice Foreign Minister of China"}
	goldRussia := GoldEntity{Name: "Russia", Kind: graph.Country}
	goldLavrov := GoldEntity{Name: "Sergey Lavrov", Kind: graph.Person, Aliases: []string{"Lavrov"}}
	tests := []struct {
		name string
		gold []GoldEntity
		// events are the extracted events; others are further entities the
		// extraction lists.
		events []*graph.Event
		others []*graph.Entity
		// extracted and matched are the entity counts the score must give.
		extracted, matched int
	}{
		{"role, no event", []GoldEntity{goldWu}, nil, es(wu), 1, 1},
		{"role beside an event", []GoldEntity{goldWu, goldRussia},
			events(extracted(graph.Consult, es(russia), nil, "", "", graph.Reported)), es(wu), 2, 2},
		{"listed without role or event counts", []GoldEntity{goldRussia},
			events(extracted(graph.Consult, es(russia), nil, "", "", graph.Reported)), es(smith, china), 3, 1},
		{"role not in gold is spurious", []GoldEntity{goldRussia},
			events(extracted(graph.Consult, es(russia), nil, "", "", graph.Reported)), es(wu), 2, 1},
		{"participant with a role counted once", []GoldEntity{goldLavrov},
			events(extracted(graph.Consult, es(&graph.Entity{ID: lavrov.ID}), nil, "", "", graph.Reported)), es(lavrovFM), 1, 1},
		{"nil entities ignored", []GoldEntity{goldWu}, nil, es(nil, wu, nil), 1, 1},
		{"nothing extracted", []GoldEntity{goldWu}, nil, nil, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extraction(tt.events...)
			x.Entities = append(x.Entities, tt.others...)
			g := GoldArticle{ID: "a1", Entities: tt.gold}
			r := Score([]GoldArticle{g}, map[string]*graph.Extraction{"a1": x}, gazetteer)
			if r.Entities.Extracted != tt.extracted || r.Entities.Matched != tt.matched {
				t.Errorf("extracted %d, matched %d entities; want %d and %d", r.Entities.Extracted, r.Entities.Matched, tt.extracted, tt.matched)
			}
			if r.Entities.Gold != len(tt.gold) {
				t.Errorf("gold %d entities, want %d", r.Entities.Gold, len(tt.gold))
			}
		})
	}
}

func TestScoreMissingExtraction(t *testing.T) {
	r := Score([]GoldArticle{goldArticle(visit())}, nil, nil)
	if r.Articles != 1 || r.Events.Gold != 1 || r.Events.Matched != 0 || r.Events.F1 != 0 || r.StatusAccuracy != 0 {
		t.Errorf("report %+v, want one article, one gold event, nothing matched", r)
	}
	if r.Details[0].Extracted {
		t.Error("article without an extraction reported as extracted")
	}
}

func TestDateRight(t *testing.T) {
	tests := []struct {
		gold string
		p    graph.Precision
		got  string
		want bool
	}{
		{"2023-10", graph.Month, "2023-10", true},
		{"2023-10", graph.Month, "2023-10-05", true},
		{"2023-10-05", graph.Day, "2023-10", false},
		{"2023-10", graph.Month, "2023-11", false},
		{"2023", graph.Year, "2023-02-01", true},
		{"", "", "", true},
		{"", "", "2023-10", false},
		{"2023-10", graph.Month, "", false},
	}
	for _, tt := range tests {
		if got := dateRight(tt.gold, tt.p, tt.got); got != tt.want {
			t.Errorf("dateRight(%q %s, %q) = %v, want %v", tt.gold, tt.p, tt.got, got, tt.want)
		}
	}
}

func TestBestMatching(t *testing.T) {
	tests := []struct {
		name  string
		cands [][]pairing
		right int
		want  []int
	}{
		{"none", [][]pairing{nil, nil}, 2, []int{-1, -1}},
		{"one each", [][]pairing{{{0, 0}}, {{1, 0}}}, 2, []int{0, 1}},
		{"contested, the better pair wins", [][]pairing{{{0, 1}}, {{0, 5}}}, 1, []int{-1, 0}},
		// More pairs beat better pairs: the augmenting path gives up the
		// first item's best pair.
		{"augmenting path", [][]pairing{{{0, 9}, {1, 0}}, {{0, 0}}}, 2, []int{1, 0}},
		{"longer path", [][]pairing{{{0, 0}, {1, 0}}, {{1, 0}, {2, 0}}, {{0, 0}}}, 3, []int{1, 2, 0}},
		// Two gold events could take the one extracted event that
		// states the second; the first may take another: the statement
		// pairs with its own gold event.
		{"evidence decides", [][]pairing{{{0, 4}, {1, 2}}, {{0, 104}}}, 2, []int{1, 0}},
		{"best of the largest", [][]pairing{{{0, 100}}, {{0, 1}, {1, 1}}, {{1, 100}}}, 2, []int{0, -1, 1}},
		{"more left than right", [][]pairing{{{0, 1}}, {{0, 3}}, {{0, 2}}}, 1, []int{-1, 0, -1}},
		{"more right than left", [][]pairing{{{2, 1}, {0, 3}}}, 3, []int{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bestMatching(tt.cands, tt.right); !slices.Equal(got, tt.want) {
				t.Errorf("bestMatching = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Luiz Inácio Lula da Silva", "luiz inacio lula da silva"},
		{"The United States", "United States"},
		{"People’s Republic  of China", "People's Republic of China"},
	}
	for _, tt := range tests {
		if fold(tt.a) != fold(tt.b) {
			t.Errorf("fold(%q) = %q, fold(%q) = %q; want equal", tt.a, fold(tt.a), tt.b, fold(tt.b))
		}
	}
}

// A missed gold event shows what the extractor read in its sentence, so
// that a wrong reading and no reading at all can be told apart.
func TestScoreReadInstead(t *testing.T) {
	said := func(ev *graph.Event, text string) *graph.Event { ev.Claims[0].Text = text; return ev }
	wrongType := said(extracted(graph.Agree, es(lavrov), es(northKorea), "2023-10", graph.Month, graph.Planned),
		"Russian FM Lavrov to visit  North Korea next month, the ministry said.")
	elsewhere := extracted(graph.Assault, es(russia), es(china), "", "", graph.Reported)
	missedToo := GoldEvent{Type: graph.Reject, Actors: []string{"China"}, Targets: []string{"Russia"}, Status: graph.Reported, Evidence: "China said no."}
	r := Score([]GoldArticle{goldArticle(visit(), missedToo)}, map[string]*graph.Extraction{"a1": extraction(wrongType, elsewhere)}, gazetteer)
	d := r.Details[0]
	if len(d.Missed) != 2 || len(d.ReadInstead) != 2 {
		t.Fatalf("missed %d, read instead %d; want 2 and 2", len(d.Missed), len(d.ReadInstead))
	}
	if got := d.ReadInstead[0]; len(got) != 1 || got[0] != wrongType {
		t.Errorf("the visit's sentence was read as %v, want the AGREE stated by it", got)
	}
	if got := d.ReadInstead[1]; len(got) != 0 {
		t.Errorf("a sentence no claim states was read as %v, want nothing", got)
	}
}
