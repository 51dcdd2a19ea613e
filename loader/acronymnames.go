package loader

import (
	"github.com/geokg/geokg/graph"
)

// This file reads an organisation the gazetteer does not know from the
// acronym news gives it in brackets on first mention: "the Kurdistan
// Freedom Falcons (TAK)", "the Movement for the Emancipation of the Niger
// Delta (MEND)". Such names often end in no head word of a body (orgHeads),
// and a translated name's acronym need not spell its initials, so the
// bracket is what marks the words before it as one name. The acronym then
// stands for the body for the rest of the article (noteAcronyms), and the
// bracket is read as a gloss (glosses.go).

// acronymNameMax bounds the capitalised words of a name read this way.
const acronymNameMax = 6

// nonBodyHeads end names glossed by an acronym that are not bodies: things
// and programmes ("Gross Domestic Product (GDP)", "Improvised Explosive
// Device (IED)", "the Strategic Defense Initiative (SDI)") and places ("the
// World Trade Center (WTC)", "the Federally Administered Tribal Areas
// (FATA)"), and the legal forms of firms ("NV", "Bhd"). documentWords, titles and companyWords (firms are read in
// commerce.go) end others.
var nonBodyHeads = map[string]bool{
	"program": true, "programme": true, "programs": true, "programmes": true, "product": true, "tax": true,
	"destruction": true, "weapons": true, "weapon": true, "device": true, "devices": true, "system": true,
	"project": true, "initiative": true, "strategy": true, "index": true, "rate": true, "report": true,
	"syndrome": true, "disease": true, "virus": true, "vehicle": true, "vehicles": true, "missile": true,
	"missiles": true, "medal": true, "award": true, "prize": true, "account": true, "accounts": true,
	"census": true, "standard": true, "standards": true, "scheme": true, "framework": true, "code": true,
	"test": true, "exam": true, "card": true, "visa": true, "day": true, "week": true, "year": true,
	"understanding": true, "partnership": true, "relations": true, "transformation": true, "process": true,
	"center": true, "centre": true, "airport": true, "station": true, "street": true, "square": true,
	"zone": true, "area": true, "areas": true, "region": true, "territory": true, "territories": true,
	"district": true, "constituency": true, "province": true, "island": true, "islands": true, "river": true,
	"valley": true, "plant": true, "reactor": true, "base": true, "camp": true, "prison": true, "port": true,
	"unit": true, "units": true, "currency": true, "amounts": true,
	"nv": true, "bv": true, "bhd": true, "plc": true, "ag": true, "sa": true, "gmbh": true, "llc": true, "pty": true, "spa": true,
}

// acronymName finds a name of two to six capitalised words, with "of",
// "for", "the" or "and" between them, that is followed directly by an
// acronym of two to six capitals in brackets: "the Kurdistan Freedom
// Falcons (TAK)". It is an organisation unless the words read as a person
// ("Franz Müntefering (SPD)": a forename, or no "the" and letters that do
// not fit), an office ("Member of Parliament (MP)"), a thing or a place
// (nonBodyHeads), or a name the gazetteer knows. An acronym the gazetteer
// knows for a body makes the name that body's, when its letters fit; else
// the name is someone's of that body ("Osmar Serraglio (PMDB)").
func (a *article) acronymName(toks []token, i int) (candidateMention, bool) {
	t := toks[i]
	if !t.upper || t.punct || t.digit || t.caps || t.poss || t.is(classNotName) || groupStop[t.norm] {
		return candidateMention{}, false
	}
	if i > 0 && (toks[i-1].upper && !toks[i-1].punct && !toks[i-1].is(classNotName) || toks[i-1].hyphen) {
		return candidateMention{}, false // anchored at the name's first word
	}
	last, words := -1, 0
	for j := i; j < len(toks) && j < i+2*acronymNameMax; j++ {
		u := toks[j]
		if u.text == "(" {
			break
		}
		switch {
		case u.upper && !u.punct && !u.digit && !u.is(classNotName):
			last, words = j, words+1
		case j > i && !u.upper && (u.norm == "of" || u.norm == "for" || u.norm == "the" || u.norm == "and"):
		default:
			return candidateMention{}, false
		}
		if u.poss && !pluralPossessive(u) && u.norm != "people" {
			return candidateMention{}, false // "Russia's National Guard (NG)": an owner, then a name
		}
	}
	k := last + 1
	if last < 0 || words < 2 || words > acronymNameMax || k+2 >= len(toks) || toks[k].text != "(" || toks[k+2].text != ")" {
		return candidateMention{}, false
	}
	if k+3 < len(toks) && toks[k+3].upper && !toks[k+3].punct {
		return candidateMention{}, false // "the Western Australian (WA) Environmental Protection Authority": the bracket sits inside a name
	}
	acr := toks[k+1]
	if !acr.caps || acr.punct || acr.digit || acr.hyphen || len(acr.norm) < 2 || len(acr.norm) > 6 {
		return candidateMention{}, false
	}
	for _, r := range acr.norm {
		if r < 'a' || r > 'z' {
			return candidateMention{}, false // "(U.S.)", "(D-CA)"
		}
	}
	head := toks[last].norm
	if documentWords[head] || nonBodyHeads[head] || companyWords[head] || isTitleWord(head) || titles[head] != "" {
		return candidateMention{}, false
	}
	if isTitleWord(t.norm) || titles[t.norm] != "" || roleTitles[t.norm] != "" || rankWords[t.norm] || t.norm == "member" || a.x.gaz.forenames[t.norm] {
		return candidateMention{}, false // "Member of Parliament (MP)", "Wolfgang Tiefensee (SPD)"
	}
	for j := i; j <= last; j++ {
		if p, e, ok := a.x.gaz.match(toks, j); ok && (p.entity.Kind == graph.Person || j == i && e == last) {
			return candidateMention{}, false // a person of a party, or a name the gazetteer reads whole
		} else if ok && e < last && toks[e+1].norm == "and" {
			return candidateMention{}, false // "the World Bank and International Monetary Fund (IMF)": two names
		}
	}
	fit := initialsFit(acr.text, toks[i:last+1])
	if !(i > 0 && toks[i-1].norm == "the") && !(fit && t.norm[0] == acr.norm[0]) {
		return candidateMention{}, false // "Simon Strelchik (NDP)": a person names no "the"
	}
	surface := span(a.doc.Body, toks, i, last)
	if p, e, ok := a.x.gaz.match(toks, k+1); ok && e == k+1 {
		if p.entity.Kind != graph.Organization || !fit {
			return candidateMention{}, false
		}
		return candidateMention{first: i, last: last, rank: 2, ent: p.entity, form: formName, surface: surface}, true // a variant of a known body's name
	}
	name := cleanName(surface)
	e := &graph.Entity{ID: graph.EntityID(graph.Organization, name), Name: name, Kind: graph.Organization}
	return candidateMention{first: i, last: last, rank: 2, ent: e, form: formRule, surface: surface}, true
}

// namedByAcronym reports whether mention m is a name that acronymName read
// from its bracketed acronym, so that the bracket glosses it.
func (a *article) namedByAcronym(toks []token, m mention) bool {
	c, ok := a.acronymName(toks, m.first)
	return ok && c.last == m.last
}
