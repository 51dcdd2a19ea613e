package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ErrBadArgument is returned (wrapped) for a query argument Query cannot use:
// a malformed date, a negative page size, an entity asked for by neither ID
// nor name.
var ErrBadArgument = errors.New("bad argument")

// Query reads every root field in roots ("entity", "entities", "event",
// "events", "article") with all the sub-fields they select, in one DQL
// request: the selection is compiled into one query, and every value from the
// caller travels as a DQL variable.
func (s *Store) Query(ctx context.Context, roots []Field) (*Result, error) {
	c := newCompiler()
	plans := make([]*rootPlan, 0, len(roots))
	for _, f := range roots {
		p, err := c.root(f)
		if err != nil {
			return nil, fmt.Errorf("query %s: %w", f.Key, err)
		}
		plans = append(plans, p)
	}
	res := &Result{values: map[string]any{}}
	if len(plans) == 0 {
		return res, nil
	}
	s.reads.Add(1)
	resp, err := s.dg.NewReadOnlyTxn().QueryWithVars(ctx, c.text(), c.vars)
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	var blocks map[string]json.RawMessage
	if err := json.Unmarshal(resp.Json, &blocks); err != nil {
		return nil, fmt.Errorf("query: decode: %w", err)
	}
	for _, p := range plans {
		v, err := p.decode(blocks)
		if err != nil {
			return nil, fmt.Errorf("query %s: decode: %w", p.key, err)
		}
		res.values[p.key] = v
	}
	return res, nil
}

// compiler builds one DQL query: its variables, var blocks and result blocks.
// Only constants and names the compiler makes up enter the query text; every
// value from the caller goes through param and travels as a DQL variable.
type compiler struct {
	vars   map[string]string
	decl   []string
	blocks []string
	n      int
}

func newCompiler() *compiler { return &compiler{vars: map[string]string{}} }

func (c *compiler) name(prefix string) string {
	c.n++
	return prefix + strconv.Itoa(c.n)
}

// param declares a DQL variable holding value and returns its name.
func (c *compiler) param(typ, value string) string {
	v := c.name("$v")
	c.vars[v] = value
	c.decl = append(c.decl, v+": "+typ)
	return v
}

func (c *compiler) text() string {
	return "query q(" + strings.Join(c.decl, ", ") + ") {\n" + strings.Join(c.blocks, "\n") + "\n}"
}

// nodeKind is one of the four node types, with the predicates always read.
type nodeKind int

const (
	entityNode nodeKind = iota
	eventNode
	claimNode
	articleNode
)

var scalars = map[nodeKind]string{
	entityNode:  "uid xid name kind aliases",
	eventNode:   "uid xid event_type mode cameo label date precision status confidence",
	claimNode:   "uid xid text status sentence start end rule confidence",
	articleNode: "uid xid title_text url source published_text language",
}

// entityDetails are an entity's fields that DQL stores on other nodes:
// read only where a selection asks for them, since every actor and target
// of every event listed is an entity.
var entityDetails = map[string]string{
	"country": "country { xid }",
	"roles":   "roles { title role_of since until }",
}

// edges maps the API's object fields to DQL, per node kind. Short lists are
// not ordered in DQL, which would walk a whole index (xid's holds every
// node), but in Go once decoded: see decode.go.
var edges = map[nodeKind]map[string]struct {
	pred string
	kind nodeKind
}{
	entityNode: {},
	eventNode: {
		"actors":   {"actors", entityNode},
		"targets":  {"targets", entityNode},
		"location": {"location", entityNode},
		"claims":   {"claims: ~event", claimNode},
	},
	claimNode:   {"article": {"article", articleNode}, "event": {"event", eventNode}},
	articleNode: {"claims": {"claims: ~article", claimNode}},
}

// plan remembers how a node's DQL was compiled, to decode its result.
type plan struct {
	kind  nodeKind
	edges map[string]*plan // by DQL response key
	conns []*connPlan      // Entity.events connections
}

// connPlan is one compiled connection.
type connPlan struct {
	key, alias, countAlias string
	offset, first          int
	node                   *plan
}

type rootPlan struct {
	key, block, countBlock string
	kind                   nodeKind
	conn                   *connPlan // for entities and events
	node                   *plan
}

func (c *compiler) root(f Field) (*rootPlan, error) {
	block := c.name("r")
	rp := &rootPlan{key: f.Key, block: block}
	switch f.Name {
	case "entity":
		var fn string
		switch {
		case f.Args.ID != "":
			fn = "eq(xid, " + c.param("string", f.Args.ID) + ")"
		case f.Args.Name != "":
			fn = "eq(lookup, " + c.param("string", strings.ToLower(strings.TrimSpace(f.Args.Name))) + "), first: 1"
		default:
			return nil, fmt.Errorf("%w: entity needs an id or a name", ErrBadArgument)
		}
		rp.kind = entityNode
		return rp, c.single(rp, fn, "Entity", f.Fields)
	case "event":
		rp.kind = eventNode
		return rp, c.single(rp, "eq(xid, "+c.param("string", f.Args.ID)+")", "Event", f.Fields)
	case "article":
		rp.kind = articleNode
		return rp, c.single(rp, "eq(xid, "+c.param("string", f.Args.ID)+")", "Article", f.Fields)
	case "events", "entities":
		return rp, c.rootConnection(rp, f)
	}
	return nil, fmt.Errorf("%w: no root field %q", ErrBadArgument, f.Name)
}

func (c *compiler) single(rp *rootPlan, fn, typ string, fields []Field) error {
	body, p, err := c.body(rp.kind, fields)
	if err != nil {
		return err
	}
	rp.node = p
	c.blocks = append(c.blocks, rp.block+"(func: "+fn+") @filter(type("+typ+")) { "+body+" }")
	return nil
}

func (c *compiler) rootConnection(rp *rootPlan, f Field) error {
	cp, err := c.page(f)
	if err != nil {
		return err
	}
	var filter, order, root string
	if f.Name == "events" {
		rp.kind, order = eventNode, eventOrder
		// Rooted at the events of a named entity, when the filter names
		// one, the query starts from a few events instead of all of them.
		var named string
		filter, named, err = c.eventFilter(f.Args.Events)
		root = "type(Event)"
		if named != "" {
			root = "uid(" + named + ")"
		}
	} else {
		rp.kind, order, root = entityNode, "orderasc: name", "type(Entity)"
		filter = c.entityFilter(f.Args.Entities)
	}
	if err != nil {
		return err
	}
	body, p, err := c.body(rp.kind, nodeFields(f))
	if err != nil {
		return err
	}
	cp.node, rp.conn, rp.node = p, cp, p
	if filter != "" {
		filter = " @filter(" + filter + ")"
	}
	c.blocks = append(c.blocks, rp.block+"(func: "+root+", "+order+", "+c.window(cp)+")"+filter+" { "+body+" }")
	if wants(f, "totalCount") {
		rp.countBlock = rp.block + "n"
		c.blocks = append(c.blocks, rp.countBlock+"(func: "+root+")"+filter+" { count(uid) }")
	}
	return nil
}

// eventOrder lists events latest first; undated events, which have no
// date_start, come last; Dgraph's sort keeps ties in uid order, so pages
// are stable.
const eventOrder = "orderdesc: date_start"

// edgeEventOrder is eventOrder for an entity's events, a list short enough
// that sorting by stored values beats walking the date index.
const edgeEventOrder = "orderdesc: date_order"

// window returns the DQL pagination of cp: one item more than the page, to
// learn whether another page follows.
func (c *compiler) window(cp *connPlan) string {
	return "first: " + c.param("int", strconv.Itoa(cp.first+1)) + ", offset: " + c.param("int", strconv.Itoa(cp.offset))
}

// page reads a connection's first and after arguments.
func (c *compiler) page(f Field) (*connPlan, error) {
	first := DefaultPageSize
	if f.Args.First != nil {
		first = *f.Args.First
	}
	if first < 0 || first > MaxPageSize {
		return nil, fmt.Errorf("%w: first must be between 0 and %d, not %d", ErrBadArgument, MaxPageSize, first)
	}
	offset, err := decodeCursor(f.Args.After)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadArgument, err)
	}
	return &connPlan{key: f.Key, first: first, offset: offset}, nil
}

// nodeFields collects what a connection's edges { node { … } } select.
func nodeFields(conn Field) []Field {
	var out []Field
	for _, e := range conn.Fields {
		if e.Name != "edges" {
			continue
		}
		for _, n := range e.Fields {
			if n.Name == "node" {
				out = append(out, n.Fields...)
			}
		}
	}
	return out
}

func wants(f Field, name string) bool {
	for _, s := range f.Fields {
		if s.Name == name {
			return true
		}
	}
	return false
}

// body compiles the selection of one node: its scalars (always all of them:
// they cost little and spare aliasing), the entity details and object fields
// it selects, merged by name, and each Entity.events connection under its
// own alias.
func (c *compiler) body(kind nodeKind, fields []Field) (string, *plan, error) {
	p := &plan{kind: kind, edges: map[string]*plan{}}
	parts := []string{scalars[kind]}
	merged := map[string][]Field{}
	details := map[string]bool{}
	var order []string
	for _, f := range fields {
		if part, ok := entityDetails[f.Name]; ok && kind == entityNode {
			if !details[f.Name] {
				details[f.Name] = true
				parts = append(parts, part)
			}
			continue
		}
		if kind == entityNode && f.Name == "events" {
			part, cp, err := c.entityEvents(f)
			if err != nil {
				return "", nil, err
			}
			parts = append(parts, part)
			p.conns = append(p.conns, cp)
			continue
		}
		if _, ok := edges[kind][f.Name]; ok {
			if _, seen := merged[f.Name]; !seen {
				order = append(order, f.Name)
			}
			merged[f.Name] = append(merged[f.Name], f.Fields...)
		}
	}
	for _, name := range order {
		e := edges[kind][name]
		sub, sp, err := c.body(e.kind, merged[name])
		if err != nil {
			return "", nil, err
		}
		p.edges[name] = sp
		parts = append(parts, e.pred+" { "+sub+" }")
	}
	return strings.Join(parts, " "), p, nil
}

func (c *compiler) entityEvents(f Field) (string, *connPlan, error) {
	cp, err := c.page(f)
	if err != nil {
		return "", nil, err
	}
	filter, _, err := c.eventFilter(f.Args.Events)
	if err != nil {
		return "", nil, err
	}
	body, p, err := c.body(eventNode, nodeFields(f))
	if err != nil {
		return "", nil, err
	}
	cp.node = p
	cp.alias = c.name("c")
	if filter != "" {
		filter = " @filter(" + filter + ")"
	}
	part := cp.alias + ": ~participants (" + edgeEventOrder + ", " + c.window(cp) + ")" + filter + " { " + body + " }"
	if wants(f, "totalCount") {
		cp.countAlias = cp.alias + "n"
		part += " " + cp.countAlias + ": count(~participants" + filter + ")"
	}
	return part, cp, nil
}

// eventFilter compiles f into a DQL filter expression ("" for none). Names
// become var blocks that collect the events those entities take part in;
// named is one such var, "" if f names nobody.
func (c *compiler) eventFilter(f *EventFilter) (filter, named string, err error) {
	if f == nil {
		return "", "", nil
	}
	var parts []string
	eq := func(pred, value string) {
		if value != "" {
			parts = append(parts, "eq("+pred+", "+c.param("string", value)+")")
		}
	}
	eq("event_type", string(f.Type))
	eq("mode", f.Mode)
	eq("status", string(f.Status))
	for _, by := range []struct{ name, reverse string }{
		{f.Actor, "~actors"}, {f.Target, "~targets"}, {f.Participant, "~participants"},
	} {
		if by.name == "" {
			continue
		}
		v := c.name("f")
		named = v
		c.blocks = append(c.blocks, "var(func: eq(lookup, "+c.param("string", strings.ToLower(strings.TrimSpace(by.name)))+")) { "+v+" as "+by.reverse+" }")
		parts = append(parts, "uid("+v+")")
	}
	if f.From != "" {
		from, _, err := parseLooseDate(f.From)
		if err != nil {
			return "", "", fmt.Errorf("%w: from: %w", ErrBadArgument, err)
		}
		parts = append(parts, "ge(date_end, "+c.param("string", from.Format(time.RFC3339))+")")
	}
	if f.To != "" {
		_, to, err := parseLooseDate(f.To)
		if err != nil {
			return "", "", fmt.Errorf("%w: to: %w", ErrBadArgument, err)
		}
		parts = append(parts, "le(date_start, "+c.param("string", to.Format(time.RFC3339))+")")
	}
	if f.MinConfidence != nil {
		// !(v >= 0 && v <= 1) also catches NaN, which no comparison holds.
		if v := *f.MinConfidence; !(v >= 0 && v <= 1) {
			return "", "", fmt.Errorf("%w: minConfidence: %v is not between 0 and 1", ErrBadArgument, v)
		}
		// confidence has no index: inside @filter, Dgraph compares the
		// stored values of the events at hand, which needs none.
		parts = append(parts, "ge(confidence, "+c.param("float", strconv.FormatFloat(*f.MinConfidence, 'g', -1, 64))+")")
	}
	return strings.Join(parts, " AND "), named, nil
}

func (c *compiler) entityFilter(f *EntityFilter) string {
	if f == nil {
		return ""
	}
	var parts []string
	if f.Kind != "" {
		parts = append(parts, "eq(kind, "+c.param("string", string(f.Kind))+")")
	}
	if f.Name != "" {
		parts = append(parts, "eq(lookup, "+c.param("string", strings.ToLower(strings.TrimSpace(f.Name)))+")")
	}
	return strings.Join(parts, " AND ")
}

// parseLooseDate reads an ISO date of any precision and returns the days it covers.
func parseLooseDate(s string) (time.Time, time.Time, error) {
	var p Precision
	switch len(s) {
	case 4:
		p = Year
	case 7:
		p = Month
	default:
		p = Day
	}
	return DateRange(s, p)
}
