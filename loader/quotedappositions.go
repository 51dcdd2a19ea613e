package loader

import "github.com/geokg/geokg/graph"

// This file finds the speaker of a quotation who is named after it with an
// apposition between the name and the verb of saying:
//
//	"We appeal to the Somali authorities to act," Peter Goossens, director
//	of WFP Somalia, said.
//	"Syria must stop arming Hezbollah," the Israeli foreign minister,
//	Tzipi Livni, said.
//
// The inverted order (`," said Livni, the foreign minister`) and a bare
// name (`," Livni said`) are read by speakerOf itself; with an apposition
// the word before the verb is a comma, and appositiveSpeaker, which reads
// "Uribe, the President of Colombia, said" at a sentence's start, stays out
// of quotations, where the sentence's first name is the quotation's. Here
// the name is looked for only after the mark that closes the quotation.

// maxQuotedApposition bounds the words between a closing quotation mark
// and the comma before the verb: a name and a title, not a clause.
const maxQuotedApposition = 16

// quotedAppositionSpeaker returns the speaker named between the closing
// quotation mark before the comma at j and that comma, which ends an
// apposition: the name right after the mark (`," Peter Goossens, director
// of WFP Somalia, said`), or the name right before the comma after a title
// (`," the Israeli foreign minister, Tzipi Livni, said`). Nil when no
// quotation closes within maxQuotedApposition words before j, when a verb
// of saying stands between (the quotation is someone else's), or when
// neither place holds a name.
func (a *article) quotedAppositionSpeaker(v *sentenceView, j int) *graph.Entity {
	toks := v.toks
	if j <= 0 || toks[j].text != "," {
		return nil
	}
	q := -1
	for k := j - 1; k >= 0 && k >= j-maxQuotedApposition; k-- {
		if isQuoteMark(toks[k]) {
			q = k
			break
		}
		if speechAt(toks, k) {
			return nil // `," Rice said, and Livni, the minister, added`: not one speaker
		}
	}
	if q < 0 || !v.quoted(q) {
		return nil // no quotation closes here
	}
	i := q + 1
	if i < j && toks[i].text == "," {
		i++ // `", Peter Goossens,`
	}
	if n := v.at[i]; n >= 0 && v.ms[n].first == i && speakerMention(v.ms[n]) {
		if e := v.ms[n].last + 1; e < j && toks[e].text == "," {
			return v.ms[n].ent // `," Peter Goossens, director of WFP Somalia, said`
		}
	}
	if n := v.at[j-1]; n >= 0 && v.ms[n].ent.Kind == graph.Person && usable(v.ms[n]) {
		if c := v.ms[n].first - 1; c > q+1 && toks[c].text == "," {
			return v.ms[n].ent // `," the Israeli foreign minister, Tzipi Livni, said`
		}
	}
	return nil
}

// speakerMention reports a mention that can say something: a person, a
// state or an organisation named as such, not a place or a modifier.
func speakerMention(m mention) bool {
	return usable(m) && m.ent.Kind != graph.Location
}
