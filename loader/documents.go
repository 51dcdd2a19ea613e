package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file resolves a document standing as the subject of a verb to the
// party that issued it: "The G8 leaders issued a statement on Sunday. The
// statement called for the release of the soldiers" (the G8 calls for
// it); "a Security Council resolution ... The resolution demands that
// North Korea suspend" (the Council demands it). A statement, report or
// resolution says only what its author says, so its verbs are the
// author's. The author must be the only one named for a document of that
// kind in the last few sentences: as a modifier ("a UN report"), a
// possessive ("the committee's report"), an agent ("a report by Amnesty
// International", "a statement issued by the ministry"), or the subject
// of a verb of issuing ("the council adopted a resolution").

// issuedDocuments map the nouns of documents that speak for their author
// to the kind a later "the ..." must repeat.
var issuedDocuments = map[string]string{
	"statement": "statement", "statements": "statement", "report": "report", "reports": "report",
	"resolution": "resolution", "resolutions": "resolution", "declaration": "declaration",
	"communique": "communique", "communiqué": "communique", "letter": "letter",
}

// documentVerbs make their subject the author of the document they take:
// "the council adopted a resolution", "Amnesty released a report".
var documentVerbs = map[string]bool{
	"issued": true, "issues": true, "released": true, "releases": true, "published": true, "publishes": true,
	"adopted": true, "adopts": true, "passed": true, "passes": true, "approved": true, "approves": true,
	"sent": true, "sends": true, "wrote": true, "writes": true, "unveiled": true, "put": true,
}

// enactingVerbs make their subject the author of a document named with
// "the": a body that adopts a resolution makes it its own.
var enactingVerbs = map[string]bool{"adopted": true, "adopts": true, "passed": true, "passes": true, "approved": true, "approves": true}

// documentModifiers may stand between a document's author and its noun:
// "the UN's annual report", "a G8 joint statement".
var documentModifiers = map[string]bool{
	"joint": true, "new": true, "annual": true, "final": true, "official": true, "draft": true, "written": true,
	"latest": true, "brief": true, "short": true, "formal": true, "public": true, "special": true,
}

// issuedDocument is a document the article named with its author.
type issuedDocument struct {
	kind   string
	author *graph.Entity
	sent   int
}

// noteDocuments records the documents the sentence names with their
// authors, dropping those named too long ago to be referred to.
func (a *article) noteDocuments(toks []token, ms []mention) {
	keep := recentOnly(a.documents, a.cur, func(d issuedDocument) int { return d.sent })
	a.documents = keep
	v := newView(toks, ms)
	for k, u := range toks {
		kind := issuedDocuments[u.norm]
		if kind == "" {
			continue
		}
		if n := v.at[k]; n >= 0 {
			if m := ms[n]; m.form == formRef && m.first == k && m.last == k {
				// "The report recommends ...": the document is still the
				// subject, so later references keep finding its author.
				a.documents = append(a.documents, issuedDocument{kind, m.ent, a.cur})
			}
			continue
		}
		if e := a.documentAuthor(v, k); e != nil {
			a.documents = append(a.documents, issuedDocument{kind, e, a.cur})
		}
	}
}

// documentAuthor returns who issued the document whose noun is at k: a
// name right before it ("a UN report", "the G8 statement"), a possessive
// or agent (see nounAuthor), or the subject of a verb of issuing whose
// object it is ("the council adopted a resolution"). People are left out:
// "his statement" is read by the rules for speakers.
func (a *article) documentAuthor(v *sentenceView, k int) *graph.Entity {
	toks := v.toks
	j := k - 1
	for j >= 0 && j >= k-2 && v.at[j] < 0 && documentModifiers[toks[j].norm] {
		j--
	}
	var e *graph.Entity
	switch {
	case j >= 0 && v.at[j] >= 0:
		if m := v.ms[v.at[j]]; usable(m) || m.ent.Kind == graph.Organization {
			e = m.ent // "a UN report", "the Security Council's resolution"
		}
	default:
		e = v.nounAuthor(k)
		if e == nil && j >= 1 && documentVerbs[toks[j-1].norm] && (toks[j].norm == "a" || toks[j].norm == "an" || toks[j].norm == "the" && enactingVerbs[toks[j-1].norm]) {
			e = a.speakerOf(v, j-1, false) // "the council adopted a resolution", "the assembly passed the resolution"
		}
	}
	if e == nil {
		e = openingDocumentAuthor(v, k)
	}
	if e == nil || (e.Kind != graph.Organization && e.Kind != graph.Country) {
		return nil
	}
	return e
}

// openingDocumentAuthor returns, for a document named in a phrase opening
// the sentence ("In a report released today, the UN envoys said", "In an
// official report issued on Monday, Iraqi authorities demanded"), the
// party opening the main clause after the phrase's comma: the report is
// theirs. Nil when the sentence does not open so.
func openingDocumentAuthor(v *sentenceView, k int) *graph.Entity {
	toks := v.toks
	if k < 2 || k > 5 || toks[0].norm != "in" {
		return nil
	}
	for j := 1; j < k; j++ {
		if u := toks[j]; v.at[j] >= 0 || (u.punct && !u.hyphen && u.text != "-") || u.upper {
			return nil // "In a UN report": the modifier names the author
		}
	}
	comma := -1
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if toks[j].text == "," {
			comma = j
			break
		}
		if v.at[j] >= 0 || toks[j].punct || clauseBreak(toks[j]) {
			return nil // "In a report on Iran, ...": the phrase names a party
		}
	}
	if comma < 0 {
		return nil
	}
	for j := comma + 1; j < len(toks) && j <= comma+2; j++ {
		if n := v.at[j]; n >= 0 {
			if m := v.ms[n]; m.first == j && !toks[m.last].poss && m.ent.Kind != graph.Location && m.ent.Kind != graph.Person {
				return m.ent
			}
			return nil
		}
		if toks[j].norm != "the" {
			return nil
		}
	}
	return nil
}

// documentReferences resolves "the statement", "the report" or "the
// resolution" standing as the subject of a verb (opening the sentence, or
// after a comma or quotation mark: `..., the report recommends that`) to
// the one author the last few sentences gave a document of that kind.
func (a *article) documentReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i := 1; i+1 < len(toks); i++ {
		kind := issuedDocuments[toks[i].norm]
		if kind == "" || taken[i] || toks[i-1].norm != "the" || !documentSubject(toks, i) {
			continue
		}
		if e := a.onlyAuthor(kind); e != nil {
			out = append(out, mention{first: i, last: i, ent: e, form: formRef})
		}
	}
	return out
}

// documentSubject reports whether "the" and the document's noun at i
// stand where a subject stands, before a verb: at the sentence's start
// (after an opening adverbial) or after a comma or quotation mark.
func documentSubject(toks []token, i int) bool {
	j := i + 1
	for j < len(toks) && (toks[j].norm == "also" || toks[j].norm == "further" || toks[j].norm == "then") {
		j++
	}
	if j >= len(toks) || toks[j].punct || toks[j].norm == "of" || toks[j].norm == "by" || !subjectFollows(toks, j) {
		return false
	}
	if i-1 == 0 {
		return true
	}
	p := toks[i-2]
	return p.text == "," || isQuoteMark(p) || i-2 == 0 && openingAdverbials[toks[0].norm] // "Moreover the report"
}

// onlyAuthor returns the author of the documents of the kind the last few
// sentences named, when they all have the same one; else nil.
func (a *article) onlyAuthor(kind string) *graph.Entity {
	var authors []*graph.Entity
	for _, d := range a.documents {
		if d.kind == kind && !slices.Contains(authors, d.author) {
			authors = append(authors, d.author)
		}
	}
	if len(authors) != 1 {
		return nil
	}
	return authors[0]
}
