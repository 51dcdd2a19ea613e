package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dgraph-io/dgo/v250"
	"github.com/dgraph-io/dgo/v250/protos/api"
)

// writeAttempts bounds retries of a write that a concurrent loader aborted.
const writeAttempts = 5

// Write stores x in one transaction: the article, its entities, events and
// claims, all found or created by their IDs. Writing the same Extraction
// again changes nothing; writing a new extraction of an article replaces the
// claims that article made before. Claims of one event from several articles
// meet on one Event, whose status, confidence and first and last report
// dates are merged.
//
// Write returns an error wrapping ErrInvalid, and writes nothing, when x fails
// Validate. A transaction that a concurrent writer aborted is retried.
func (s *Store) Write(ctx context.Context, x *Extraction) error {
	if err := x.Validate(); err != nil {
		return fmt.Errorf("write article %q: %w: %v", x.Article.ID, ErrInvalid, err)
	}
	var err error
	for range writeAttempts {
		if err = s.write(ctx, x); !errors.Is(err, dgo.ErrAborted) {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("write article %q: %w", x.Article.ID, err)
	}
	return nil
}

// stored is what Write needs to know of a node that already exists.
type stored struct {
	UID           string    `json:"uid"`
	XID           string    `json:"xid"`
	Status        Status    `json:"status"`
	Confidence    float64   `json:"confidence"`
	FirstReported time.Time `json:"first_reported"`
	LastReported  time.Time `json:"last_reported"`
	Date          string    `json:"date"`
	Precision     Precision `json:"precision"`
}

// existingQuery returns one read of what a write of x must know: the nodes
// with x's IDs, the claims its article made before, and for each event the
// stored events of its type between the same actors and targets, among which
// sameEvent finds reports of the same event under another date. Values
// travel as DQL variables $x0, $x1, …: Dgraph reads a list of variables in
// eq, but not a list inside one variable.
func existingQuery(x *Extraction) (string, map[string]string) {
	vars := map[string]string{}
	var decl []string
	param := func(value string) string {
		name := "$x" + strconv.Itoa(len(decl))
		vars[name] = value
		decl = append(decl, name+": string")
		return name
	}
	var ids []string
	for _, xid := range nodeIDs(x) {
		ids = append(ids, param(xid))
	}
	var blocks []string
	blocks = append(blocks,
		"nodes(func: eq(xid, ["+strings.Join(ids, ", ")+"])) { "+storedFields+" }",
		"previous(func: eq(xid, "+ids[0]+")) { claims: ~article { uid xid event { uid xid claims: count(~event) } } }")
	for i, ev := range x.Events {
		blocks = append(blocks, "same"+strconv.Itoa(i)+"(func: eq(match_key, "+param(matchKey(ev))+")) @filter(has(date)) { "+storedFields+" }")
	}
	return "query existing(" + strings.Join(decl, ", ") + ") {\n  " + strings.Join(blocks, "\n  ") + "\n}", vars
}

// storedFields are the predicates a stored value reads.
const storedFields = "uid xid status confidence first_reported last_reported date precision"

// matchKey is what two reports of one event share whatever their dates: the
// type, the actors and the targets. Stored and indexed on each event, it
// finds the candidates for sameEvent in one index lookup.
func matchKey(ev *Event) string {
	ids := func(es []*Entity) string {
		out := make([]string, len(es))
		for i, e := range es {
			out[i] = e.ID
		}
		slices.Sort(out)
		return strings.Join(slices.Compact(out), ",")
	}
	return shortHash(string(ev.Type) + "|" + ids(ev.Actors) + "|" + ids(ev.Targets))
}

// sameEvent returns the stored event among candidates (events with ev's
// match key) that ev reports under another date: dates that agree at the
// coarser precision, as a plan for "2023-10" and the report of "2023-10-18"
// do. It prefers the finest date, then the smallest ID, so that the choice
// does not depend on the order of writes.
func sameEvent(ev *Event, candidates []stored) (stored, bool) {
	var best *stored
	for i := range candidates {
		c := &candidates[i]
		if c.XID == ev.ID || !compatibleDates(c.Date, c.Precision, ev.Date, ev.Precision) {
			continue
		}
		if best == nil || precisionRank[c.Precision] > precisionRank[best.Precision] ||
			c.Precision == best.Precision && c.XID < best.XID {
			best = c
		}
	}
	if best == nil {
		return stored{}, false
	}
	return *best, true
}

// precisionRank orders precisions from coarse to fine.
var precisionRank = map[Precision]int{Year: 1, Month: 2, Day: 3}

// compatibleDates reports whether two dates agree when both are cut to the
// coarser of their precisions.
func compatibleDates(a string, pa Precision, b string, pb Precision) bool {
	coarse := min(len(a), len(b)) // ISO dates cut to a precision are prefixes
	if pa == "" || pb == "" || coarse == 0 {
		return false
	}
	return a[:coarse] == b[:coarse]
}

func (s *Store) write(ctx context.Context, x *Extraction) error {
	// The embedded engine commits each request on arrival, so the read and
	// the mutation below are two transactions there: serialise writers so
	// that no other write creates an ID between them.
	if s.embedded {
		s.writeMu.Lock()
		defer s.writeMu.Unlock()
	}

	txn := s.dg.NewTxn()
	defer txn.Discard(ctx)

	q, vars := existingQuery(x)
	resp, err := txn.QueryWithVars(ctx, q, vars)
	if err != nil {
		return fmt.Errorf("read existing nodes: %w", err)
	}
	var blocks map[string]json.RawMessage
	var nodes []stored
	var previous []previousArticle
	if err := json.Unmarshal(resp.Json, &blocks); err != nil {
		return fmt.Errorf("read existing nodes: %w", err)
	}
	if err := errors.Join(decodeBlock(blocks, "nodes", &nodes), decodeBlock(blocks, "previous", &previous)); err != nil {
		return fmt.Errorf("read existing nodes: %w", err)
	}
	m := newMutation(nodes)
	for i, ev := range x.Events {
		if _, ok := m.existing[ev.ID]; ok {
			continue
		}
		var candidates []stored
		if err := decodeBlock(blocks, "same"+strconv.Itoa(i), &candidates); err != nil {
			return fmt.Errorf("read existing events: %w", err)
		}
		if same, ok := sameEvent(ev, candidates); ok {
			m.storeAs(ev.ID, same)
		}
	}
	m.article(&x.Article)
	for _, e := range x.Entities {
		m.entity(e, x)
	}
	for _, ev := range x.Events {
		m.event(ev, &x.Article)
	}
	stale := staleNodes(previous, m.written)
	mu := &api.Mutation{}
	if mu.SetJson, err = json.Marshal(m.nodes); err != nil {
		return err
	}
	if len(stale) > 0 {
		if mu.DeleteJson, err = json.Marshal(stale); err != nil {
			return err
		}
	}
	_, err = txn.Do(ctx, &api.Request{Mutations: []*api.Mutation{mu}, CommitNow: true})
	return err
}

// decodeBlock decodes the block called name of a DQL response into v; a
// block the response lacks leaves v alone.
func decodeBlock(blocks map[string]json.RawMessage, name string, v any) error {
	raw, ok := blocks[name]
	if !ok {
		return nil
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// previousArticle is the article of a write as it was stored before.
type previousArticle struct {
	Claims []previousClaim `json:"claims"`
}

// previousClaim is a claim an article made in an earlier write, with the
// number of claims its event has.
type previousClaim struct {
	UID   string `json:"uid"`
	XID   string `json:"xid"`
	Event struct {
		UID    string `json:"uid"`
		XID    string `json:"xid"`
		Claims int    `json:"claims"`
	} `json:"event"`
}

// staleNodes returns the deletions that retire what an article no longer
// claims: its earlier claims that this write does not repeat, and the events
// left with no claim at all, which no source would then support.
func staleNodes(previous []previousArticle, written map[string]bool) []map[string]string {
	var del []map[string]string
	dropped := map[string]int{} // event uid → claims dropped
	events := map[string]previousClaim{}
	for _, p := range previous {
		for _, c := range p.Claims {
			if written[c.XID] {
				continue
			}
			del = append(del, map[string]string{"uid": c.UID})
			if c.Event.UID != "" {
				dropped[c.Event.UID]++
				events[c.Event.UID] = c
			}
		}
	}
	for uid, n := range dropped {
		if c := events[uid]; n >= c.Event.Claims && !written[c.Event.XID] {
			del = append(del, map[string]string{"uid": uid})
		}
	}
	return del
}

// nodeIDs lists the IDs of every node x writes.
// The article comes first, as existingQuery expects; IDs repeat only where an
// event names an entity twice, which the query tolerates.
func nodeIDs(x *Extraction) []string {
	ids := []string{x.Article.ID}
	for _, e := range x.Entities {
		ids = append(ids, e.ID)
		for _, r := range e.Roles {
			ids = append(ids, roleID(e, r))
		}
	}
	for _, ev := range x.Events {
		ids = append(ids, ev.ID)
		for _, c := range ev.Claims {
			ids = append(ids, c.ID)
		}
	}
	return ids
}

// mutation accumulates the JSON objects of one Write.
type mutation struct {
	existing map[string]stored
	sameAs   map[string]string // event ID → the ID it is stored under
	uids     map[string]string // xid → uid or blank node
	written  map[string]bool
	nodes    []map[string]any
}

func newMutation(existing []stored) *mutation {
	m := &mutation{existing: map[string]stored{}, sameAs: map[string]string{}, uids: map[string]string{}, written: map[string]bool{}}
	for _, n := range existing {
		m.existing[n.XID] = n
		m.uids[n.XID] = n.UID
	}
	return m
}

// storeAs makes the event with ID id be written onto the stored event same.
func (m *mutation) storeAs(id string, same stored) {
	m.sameAs[id] = same.XID
	m.existing[same.XID] = same
	m.uids[same.XID] = same.UID
}

// ref returns the uid of the node with ID xid, or a blank node for a new one.
func (m *mutation) ref(xid string) map[string]string {
	uid, ok := m.uids[xid]
	if !ok {
		uid = "_:n" + strconv.Itoa(len(m.uids))
		m.uids[xid] = uid
	}
	return map[string]string{"uid": uid}
}

func (m *mutation) node(typ, xid string) map[string]any {
	m.written[xid] = true
	n := map[string]any{"uid": m.ref(xid)["uid"], "dgraph.type": typ, "xid": xid}
	m.nodes = append(m.nodes, n)
	return n
}

func setIf(n map[string]any, pred, value string) {
	if value != "" {
		n[pred] = value
	}
}

func (m *mutation) article(a *Article) {
	n := m.node("Article", a.ID)
	setIf(n, "title_text", a.Title)
	setIf(n, "url", a.URL)
	setIf(n, "source", a.Source)
	setIf(n, "published_text", a.Published)
	if t, ok := parseTime(a.Published); ok {
		n["published"] = t
	}
	lang := a.Language
	if lang == "" {
		lang = "en"
	}
	n["language"] = lang
}

func (m *mutation) entity(e *Entity, x *Extraction) {
	n := m.node("Entity", e.ID)
	n["name"] = e.Name
	n["kind"] = string(e.Kind)
	lookup := []string{strings.ToLower(e.Name)}
	if len(e.Aliases) > 0 {
		n["aliases"] = e.Aliases
		for _, a := range e.Aliases {
			lookup = append(lookup, strings.ToLower(a))
		}
	}
	n["lookup"] = lookup
	if e.Country != "" && e.Country != e.ID && slices.ContainsFunc(x.Entities, func(o *Entity) bool { return o.ID == e.Country }) {
		n["country"] = m.ref(e.Country)
	}
	var roles []map[string]any
	for _, r := range e.Roles {
		xid := roleID(e, r)
		role := map[string]any{"uid": m.ref(xid)["uid"], "dgraph.type": "Role", "xid": xid, "title": r.Title}
		setIf(role, "role_of", r.Of)
		setIf(role, "since", r.Since)
		setIf(role, "until", r.Until)
		m.written[xid] = true
		roles = append(roles, role)
	}
	if roles != nil {
		n["roles"] = roles
	}
}

// roleID is the stable ID of e's role r.
func roleID(e *Entity, r Role) string {
	return "role/" + e.ID + "/" + Slug(r.Title) + "/" + r.Of + "/" + r.Since
}

// statusRank orders statuses for merging claims into an event: a report
// outweighs a denial, which outweighs a plan, which outweighs a rumour.
var statusRank = map[Status]int{Speculated: 1, Planned: 2, Denied: 3, Reported: 4}

func (m *mutation) event(ev *Event, a *Article) {
	xid := ev.ID
	if same, ok := m.sameAs[xid]; ok {
		xid = same
	}
	old, exists := m.existing[xid]
	n := m.node("Event", xid)
	n["event_type"] = string(ev.Type)
	n["match_key"] = matchKey(ev)
	setIf(n, "mode", ev.Mode)
	cameo, label := ev.CAMEO, ev.Label
	if cameo == "" {
		if s, ok := Sense(ev.Type, ev.Mode); ok {
			cameo = s.CAMEO
		}
	}
	if label == "" {
		label = Label(ev)
	}
	setIf(n, "cameo", cameo)
	n["label"] = label
	var participants []map[string]string
	refs := func(es []*Entity) []map[string]string {
		out := make([]map[string]string, len(es))
		for i, e := range es {
			out[i] = m.ref(e.ID)
			participants = append(participants, out[i])
		}
		return out
	}
	n["actors"] = refs(ev.Actors)
	if len(ev.Targets) > 0 {
		n["targets"] = refs(ev.Targets)
	}
	n["participants"] = participants
	if ev.Location != nil {
		n["location"] = m.ref(ev.Location.ID)
	}
	// Of two reports of one event, the finer date wins: the report of the
	// day refines the plan for the month.
	if ev.Date != "" && (!exists || precisionRank[ev.Precision] >= precisionRank[old.Precision]) {
		first, last, _ := DateRange(ev.Date, ev.Precision) // Validate checked it
		n["date"], n["precision"] = ev.Date, string(ev.Precision)
		n["date_start"], n["date_end"], n["date_order"] = first, last, first
	}

	status, confidence := ev.Status, ev.Confidence
	for _, c := range ev.Claims {
		if statusRank[c.Status] > statusRank[status] {
			status = c.Status
		}
		confidence = max(confidence, c.Confidence)
	}
	first, firstOK := parseTime(a.Published)
	last := first
	if exists {
		if statusRank[old.Status] > statusRank[status] {
			status = old.Status
		}
		confidence = max(confidence, old.Confidence)
		if !old.FirstReported.IsZero() {
			if !firstOK || old.FirstReported.Before(first) {
				first = old.FirstReported
			}
			if !firstOK || old.LastReported.After(last) {
				last = old.LastReported
			}
			firstOK = true
		}
	}
	n["status"], n["confidence"] = string(status), confidence
	if firstOK {
		n["first_reported"], n["last_reported"] = first, last
	}

	for _, c := range ev.Claims {
		cn := m.node("Claim", c.ID)
		cn["text"] = c.Text
		cn["status"] = string(c.Status)
		cn["event"] = map[string]string{"uid": n["uid"].(string)}
		cn["article"] = m.ref(a.ID)
		cn["sentence"] = c.Sentence
		cn["start"], cn["end"] = c.Start, c.End
		setIf(cn, "rule", c.Rule)
		cn["confidence"] = c.Confidence
	}
}

// parseTime reads an ISO date or RFC 3339 date-time.
func parseTime(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
