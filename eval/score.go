package eval

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Report is the outcome of scoring extracted articles against gold.
// Ratios with a zero denominator (no extracted events, no matches) are 0.
type Report struct {
	// Articles is the number of gold articles scored.
	Articles int `json:"articles"`
	// Entities scores entities by (name, kind).
	Entities EntityScore `json:"entities"`
	// Events scores events under the matching rule of ANNOTATION.md.
	Events EventScore `json:"events"`
	// StatusAccuracy is the share of matched events whose status is right.
	StatusAccuracy float64 `json:"status_accuracy"`
	// DateAccuracy is the share of matched events whose date is right: the
	// same date at the gold precision, or no date on either side.
	DateAccuracy float64 `json:"date_accuracy"`
	// StatusRight and DateRight count the matched events behind the two
	// accuracies.
	StatusRight int `json:"status_right"`
	DateRight   int `json:"date_right"`
	// Confidence is event precision by the extractor's confidence, in the
	// bands of ConfidenceBands: whether a higher confidence earns more
	// trust, which an analyst filtering on it relies on.
	Confidence []ConfidenceBand `json:"confidence"`
	// ByType scores events of each PLOVER type: gold events of the type
	// against extracted events of the type (a match needs equal types).
	ByType map[graph.EventType]*EventScore `json:"by_type"`
	// Details holds, per gold article in gold order, what did not match.
	Details []ArticleReport `json:"-"`
}

// EntityScore is precision and recall over entities.
type EntityScore struct {
	// Precision is Matched / Extracted; Recall is Matched / Gold.
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	// Gold and Extracted count the entities on each side; Matched the pairs.
	Gold      int `json:"gold"`
	Extracted int `json:"extracted"`
	Matched   int `json:"matched"`
}

// EventScore is precision, recall and F1 over events.
type EventScore struct {
	// Precision is Matched / Extracted; Recall is Matched / Gold; F1 is
	// their harmonic mean.
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// Gold and Extracted count the events on each side; Matched the pairs.
	Gold      int `json:"gold"`
	Extracted int `json:"extracted"`
	Matched   int `json:"matched"`
}

// ConfidenceBand is event precision over the extracted events whose
// confidence lies in [Min, Max) (the last band includes 1).
type ConfidenceBand struct {
	Min       float64 `json:"min"`
	Max       float64 `json:"max"`
	Extracted int     `json:"extracted"`
	Matched   int     `json:"matched"`
	Precision float64 `json:"precision"`
}

// ConfidenceBands are the lower bounds of the bands Report.Confidence
// reports: the extractor's confidences run from about 0.3 (weak readings)
// to 0.9 (a verb with both parties named), in steps of 0.05.
var ConfidenceBands = []float64{0, 0.4, 0.5, 0.6, 0.7}

// band returns the index of the band of confidence c.
func band(c float64) int {
	i := len(ConfidenceBands) - 1
	for i > 0 && c < ConfidenceBands[i]-1e-9 {
		i--
	}
	return i
}

// ArticleReport is what one article got wrong: the material for fixing the
// extractor.
type ArticleReport struct {
	// ID and Published identify the gold article.
	ID, Published string
	// Extracted is false when the article had no extraction to score.
	Extracted bool
	// Missed are gold events that no extracted event matches.
	Missed []GoldEvent
	// ReadInstead holds, for each of Missed, the extracted events whose
	// claims state its evidence: what the extractor made of that sentence
	// (another type, other parties, another date), or nothing, when it saw
	// no event there at all. The two call for different fixes.
	ReadInstead [][]*graph.Event
	// Spurious are extracted events that match no gold event.
	Spurious []*graph.Event
	// WrongStatus and WrongDate are matched pairs whose status or date is
	// wrong; a pair may be in both.
	WrongStatus, WrongDate []Pair
	// MissedEntities are gold entities no extracted entity matches.
	MissedEntities []GoldEntity
	// SpuriousEntities are extracted entities that match no gold entity.
	SpuriousEntities []*graph.Entity
}

// Pair is a gold event and the extracted event matched to it.
type Pair struct {
	// Gold is the annotated event.
	Gold GoldEvent
	// Extracted is the event the extractor found for it.
	Extracted *graph.Event
}

// Score compares extractions with gold, ANNOTATION.md's "Scoring":
//
//   - An extracted event matches a gold event when the types are equal, the
//     actor sets share an entity, the target sets share an entity (an empty
//     gold target list matches any targets), and, where both have a date,
//     the dates agree at the coarser precision. Entities are the same when
//     their names resolve (with resolve, and through the gold aliases and
//     the extracted aliases and ids) to one canonical entity, or share a
//     name compared case- and accent-insensitively.
//   - Each gold event matches at most one extracted event and vice versa;
//     the pairing has the largest possible number of matches, and of those
//     pairings the best (see bestMatching): a pair whose claim contains
//     the gold evidence outweighs all else, then shared participants, then
//     the same date.
//   - Entities are scored by (name, kind) the same way: the gold entities
//     against the extracted entities that take part in extracted events
//     (actors, targets, locations) or carry a role, each matched at most
//     once (see scored).
//
// extracted maps article ids to their extraction; a gold article with none
// counts as one where nothing was found. Extractions of articles not in
// gold are ignored. Counts are summed over articles before the ratios are
// taken (micro averages).
func Score(gold []GoldArticle, extracted map[string]*graph.Extraction, resolve Resolver) Report {
	var r Report
	r.Confidence = make([]ConfidenceBand, len(ConfidenceBands))
	for i, lo := range ConfidenceBands {
		r.Confidence[i] = ConfidenceBand{Min: lo, Max: 1}
		if i+1 < len(ConfidenceBands) {
			r.Confidence[i].Max = ConfidenceBands[i+1]
		}
	}
	for i := range gold {
		g := &gold[i]
		x, ok := extracted[g.ID]
		if !ok || x == nil {
			x = &graph.Extraction{}
		}
		d := ArticleReport{ID: g.ID, Published: g.Published, Extracted: ok && extracted[g.ID] != nil}
		r.scoreEvents(g, x, resolve, &d)
		r.scoreEntities(g, x, resolve, &d)
		r.Details = append(r.Details, d)
		r.Articles++
	}
	r.Events.Precision = ratio(r.Events.Matched, r.Events.Extracted)
	r.Events.Recall = ratio(r.Events.Matched, r.Events.Gold)
	if p, q := r.Events.Precision, r.Events.Recall; p+q > 0 {
		r.Events.F1 = 2 * p * q / (p + q)
	}
	r.StatusAccuracy = ratio(r.StatusRight, r.Events.Matched)
	r.DateAccuracy = ratio(r.DateRight, r.Events.Matched)
	r.Entities.Precision = ratio(r.Entities.Matched, r.Entities.Extracted)
	r.Entities.Recall = ratio(r.Entities.Matched, r.Entities.Gold)
	for i := range r.Confidence {
		b := &r.Confidence[i]
		b.Precision = ratio(b.Matched, b.Extracted)
	}
	for _, ts := range r.ByType {
		ts.Precision, ts.Recall = ratio(ts.Matched, ts.Extracted), ratio(ts.Matched, ts.Gold)
		if p, q := ts.Precision, ts.Recall; p+q > 0 {
			ts.F1 = 2 * p * q / (p + q)
		}
	}
	return r
}

// typeScore returns the score of event type t, made on first use.
func (r *Report) typeScore(t graph.EventType) *EventScore {
	if r.ByType == nil {
		r.ByType = map[graph.EventType]*EventScore{}
	}
	ts := r.ByType[t]
	if ts == nil {
		ts = &EventScore{}
		r.ByType[t] = ts
	}
	return ts
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// article holds one article's identities, so that each name is resolved once.
type article struct {
	resolve Resolver
	// gold maps a gold entity name to its identity.
	gold map[string]identity
	// extracted maps an extracted entity id to its identity.
	extracted map[string]identity
	// byID finds an extracted entity's full record: events may refer to
	// entities by id alone.
	byID map[string]*graph.Entity
}

func newArticle(g *GoldArticle, x *graph.Extraction, resolve Resolver) *article {
	a := &article{resolve: resolve, gold: map[string]identity{}, extracted: map[string]identity{}, byID: map[string]*graph.Entity{}}
	for _, e := range g.Entities {
		a.gold[e.Name] = goldIdentity(e.Name, e.Aliases, resolve)
	}
	for _, e := range x.Entities {
		if e != nil {
			a.byID[e.ID] = e
		}
	}
	return a
}

// goldName is the identity of a name a gold event uses. A name the gold
// entity list lacks is resolved on its own rather than refused: the
// annotation guide asks for the list, but a slip in it should cost the
// extractor nothing.
func (a *article) goldName(name string) identity {
	if id, ok := a.gold[name]; ok {
		return id
	}
	id := goldIdentity(name, nil, a.resolve)
	a.gold[name] = id
	return id
}

// entity is the identity of an extracted entity, completed from the
// extraction's entity list when the event holds only its id.
func (a *article) entity(e *graph.Entity) identity {
	if id, ok := a.extracted[e.ID]; ok && e.ID != "" {
		return id
	}
	full := e
	if f, ok := a.byID[e.ID]; ok {
		full = f
	}
	id := extractedIdentity(full, a.resolve)
	if e.ID != "" {
		a.extracted[e.ID] = id
	}
	return id
}

// shared counts the gold names that some extracted entity matches.
func (a *article) shared(names []string, es []*graph.Entity) int {
	n := 0
	for _, name := range names {
		g := a.goldName(name)
		for _, e := range es {
			if e != nil && g.same(a.entity(e)) {
				n++
				break
			}
		}
	}
	return n
}

// matches reports whether x may be paired with g, and how good a pair it
// is, for ordering the candidates.
func (a *article) matches(g *GoldEvent, x *graph.Event) (bool, int) {
	if g.Type != x.Type || !datesAgree(g.Date, g.Precision, x.Date, x.Precision) {
		return false, 0
	}
	actors := a.shared(g.Actors, x.Actors)
	if actors == 0 {
		return false, 0
	}
	targets := a.shared(g.Targets, x.Targets)
	if len(g.Targets) > 0 && targets == 0 {
		return false, 0
	}
	score := 2 * (actors + targets)
	if g.Date != "" && g.Date == x.Date {
		score++
	}
	if evidenceOverlaps(g.Evidence, x) {
		score += 100 // the same statement outweighs everything else
	}
	return true, score
}

func (r *Report) scoreEvents(g *GoldArticle, x *graph.Extraction, resolve Resolver, d *ArticleReport) {
	a := newArticle(g, x, resolve)
	var events []*graph.Event
	for _, ev := range x.Events {
		if ev != nil {
			events = append(events, ev)
		}
	}
	cands := make([][]pairing, len(g.Events))
	for i := range g.Events {
		for j, ev := range events {
			if ok, score := a.matches(&g.Events[i], ev); ok {
				cands[i] = append(cands[i], pairing{j, score})
			}
		}
	}
	pair := bestMatching(cands, len(events))
	used := make([]bool, len(events))
	for i, j := range pair {
		ge := g.Events[i]
		if j < 0 {
			d.Missed = append(d.Missed, ge)
			var read []*graph.Event
			for _, ev := range events {
				if evidenceOverlaps(ge.Evidence, ev) {
					read = append(read, ev)
				}
			}
			d.ReadInstead = append(d.ReadInstead, read)
			continue
		}
		used[j] = true
		r.Events.Matched++
		r.typeScore(g.Events[i].Type).Matched++
		xe := events[j]
		if ge.Status == xe.Status {
			r.StatusRight++
		} else {
			d.WrongStatus = append(d.WrongStatus, Pair{ge, xe})
		}
		if dateRight(ge.Date, ge.Precision, xe.Date) {
			r.DateRight++
		} else {
			d.WrongDate = append(d.WrongDate, Pair{ge, xe})
		}
	}
	for j, ev := range events {
		b := &r.Confidence[band(ev.Confidence)]
		b.Extracted++
		if used[j] {
			b.Matched++
		} else {
			d.Spurious = append(d.Spurious, ev)
		}
	}
	r.Events.Gold += len(g.Events)
	r.Events.Extracted += len(events)
	for _, ge := range g.Events {
		r.typeScore(ge.Type).Gold++
	}
	for _, ev := range events {
		r.typeScore(ev.Type).Extracted++
	}
}

func (r *Report) scoreEntities(g *GoldArticle, x *graph.Extraction, resolve Resolver, d *ArticleReport) {
	a := newArticle(g, x, resolve)
	ents := scored(x)
	cands := make([][]pairing, len(g.Entities))
	for i, ge := range g.Entities {
		gid := a.goldName(ge.Name)
		for j, e := range ents {
			if e.Kind != ge.Kind {
				continue
			}
			switch xid := a.entity(e); {
			case gid.sameName(xid):
				cands[i] = append(cands[i], pairing{j, 1}) // the same canonical name is the better pair
			case gid.same(xid):
				cands[i] = append(cands[i], pairing{j, 0})
			}
		}
	}
	pair := bestMatching(cands, len(ents))
	used := make([]bool, len(ents))
	for i, j := range pair {
		if j < 0 {
			d.MissedEntities = append(d.MissedEntities, g.Entities[i])
			continue
		}
		used[j] = true
		r.Entities.Matched++
	}
	for j, e := range ents {
		if !used[j] {
			d.SpuriousEntities = append(d.SpuriousEntities, e)
		}
	}
	r.Entities.Gold += len(g.Entities)
	r.Entities.Extracted += len(ents)
}

// scored lists the extracted entities that count in the entity score, each
// once, with their full records from x.Entities: those that take part in
// x's events (actors, targets, locations), in event order, then the rest
// of x.Entities. That is the counterpart of the gold list, which holds the
// entities that take part in events or whose role the article states: the
// extractor lists the parties and places of the events it reads, the
// people and bodies whose role it reads, and the places of the meetings an
// article names even where it reads no event there.
func scored(x *graph.Extraction) []*graph.Entity {
	byID := map[string]*graph.Entity{}
	for _, e := range x.Entities {
		if e != nil {
			byID[e.ID] = e
		}
	}
	var out []*graph.Entity
	seen := map[string]bool{}
	add := func(e *graph.Entity) {
		if e == nil || seen[e.ID] {
			return
		}
		seen[e.ID] = true
		if full, ok := byID[e.ID]; ok {
			e = full
		}
		out = append(out, e)
	}
	for _, ev := range x.Events {
		if ev == nil {
			continue
		}
		for _, e := range ev.Actors {
			add(e)
		}
		for _, e := range ev.Targets {
			add(e)
		}
		add(ev.Location)
	}
	for _, e := range x.Entities {
		add(e)
	}
	return out
}

// digits is how many characters of an ISO date each precision keeps.
var digits = map[graph.Precision]int{graph.Year: 4, graph.Month: 7, graph.Day: 10}

// keep is how many characters of date its precision covers; a date with no
// (or an unknown) precision is taken as written.
func keep(date string, p graph.Precision) int {
	if n, ok := digits[p]; ok {
		return min(n, len(date))
	}
	return len(date)
}

// datesAgree reports whether two dates can be the same event's: either is
// missing, or they are equal when both are cut to the coarser precision
// ("2023-10" agrees with "2023-10-05", not with "2023-11-05").
func datesAgree(a string, ap graph.Precision, b string, bp graph.Precision) bool {
	if a == "" || b == "" {
		return true
	}
	n := min(keep(a, ap), keep(b, bp))
	return a[:n] == b[:n]
}

// dateRight reports whether an extracted date is the gold one at the gold
// precision: "2023-10-05" is right for gold "2023-10" (month), "2023-10" is
// not right for gold "2023-10-05" (day). No date is right only for no date.
func dateRight(gold string, p graph.Precision, got string) bool {
	if gold == "" || got == "" {
		return gold == got
	}
	n := keep(gold, p)
	return len(got) >= n && got[:n] == gold[:n]
}

// evidenceOverlaps reports whether one of x's claims states the gold
// evidence: one text contains the other once spaces are collapsed (gold
// evidence is often a span of the sentence a claim holds).
func evidenceOverlaps(evidence string, x *graph.Event) bool {
	ev := squash(evidence)
	if ev == "" {
		return false
	}
	for _, c := range x.Claims {
		if c == nil {
			continue
		}
		if t := squash(c.Text); t != "" && (strings.Contains(t, ev) || strings.Contains(ev, t)) {
			return true
		}
	}
	return false
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
