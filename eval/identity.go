package eval

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/geokg/geokg/graph"
)

// Resolver finds the canonical entity for a name or alias, as
// (*loader.Extractor).Resolve does. It may be nil: names are then compared
// by their surface forms alone.
type Resolver func(name string) (*graph.Entity, bool)

// identity is what one entity is known as on one side of the comparison:
// the ids of the canonical entities its names resolve to, and its names
// folded for comparison. Two identities are the same entity when they
// share an id or a folded name; either suffices because gold names often
// do not resolve (minor officials, local places) and extracted entities
// not in the gazetteer carry slug ids that no gold name resolves to.
type identity struct {
	ids   []string
	forms []string
}

// same reports whether a and b name one entity.
func (a identity) same(b identity) bool {
	for _, id := range a.ids {
		if slices.Contains(b.ids, id) {
			return true
		}
	}
	for _, f := range a.forms {
		if slices.Contains(b.forms, f) {
			return true
		}
	}
	return false
}

// sameName reports whether a and b share their first (canonical) form: the
// best kind of match, preferred when several entities could pair.
func (a identity) sameName(b identity) bool {
	return len(a.forms) > 0 && len(b.forms) > 0 && a.forms[0] == b.forms[0]
}

// goldIdentity is the identity of a gold entity. Its id is that of the
// entity its name resolves to, else the first alias that resolves: only
// one, because an article's alias ("Hu", "Kim") can resolve to some other
// entity in the gazetteer, and a wrong id would make false matches.
func goldIdentity(name string, aliases []string, resolve Resolver) identity {
	id := identity{forms: foldAll(name, aliases)}
	for _, n := range append([]string{name}, aliases...) {
		if e, ok := resolved(resolve, n); ok {
			id.ids = []string{e.ID}
			break
		}
	}
	return id
}

// extractedIdentity is the identity of an extracted entity: its own id
// (the extractor gives gazetteer entities their canonical ids) and that of
// whatever its name resolves to, in case the two differ.
func extractedIdentity(e *graph.Entity, resolve Resolver) identity {
	id := identity{forms: foldAll(e.Name, e.Aliases)}
	if e.ID != "" {
		id.ids = append(id.ids, e.ID)
	}
	if r, ok := resolved(resolve, e.Name); ok && r.ID != e.ID {
		id.ids = append(id.ids, r.ID)
	}
	return id
}

func resolved(resolve Resolver, name string) (*graph.Entity, bool) {
	if resolve == nil || strings.TrimSpace(name) == "" {
		return nil, false
	}
	e, ok := resolve(name)
	if !ok || e == nil || e.ID == "" {
		return nil, false
	}
	return e, true
}

// foldAll folds name and aliases, name first, without empty forms or repeats.
func foldAll(name string, aliases []string) []string {
	var out []string
	for _, n := range append([]string{name}, aliases...) {
		if f := fold(n); f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// unaccent drops combining marks, so that "Inácio" and "Inacio" compare
// equal: sources and gazetteers disagree about diacritics more than about
// names.
var unaccent = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// fold puts a name in the form names are compared in: no diacritics, lower
// case, typographic apostrophes and dashes plain, spaces collapsed, and no
// leading "the" ("the United States").
func fold(s string) string {
	if t, _, err := transform.String(unaccent, s); err == nil {
		s = t
	}
	s = strings.NewReplacer("’", "'", "‘", "'", "–", "-", "—", "-").Replace(strings.ToLower(s))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}
