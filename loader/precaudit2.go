package loader

import "github.com/geokg/geokg/graph"

// Rules from a second audit of the extractor's precision on unseen news.

// removalVerbs remove an official from office when their object is a
// person or a post: "dismissed Interior Minister Bakirdin Subanbekov",
// "decided to dismiss the government". With a statement or a proposal as
// object they reject it ("dismissed the report").
var removalVerbs = map[string]bool{
	"dismiss": true, "dismisses": true, "dismissed": true, "dismissing": true,
	"sack": true, "sacks": true, "sacked": true, "sacking": true,
}

// removedPosts name holders of a post or the bodies they form: what a
// removal verb removes.
var removedPosts = map[string]bool{
	"minister": true, "ministers": true, "government": true, "cabinet": true, "justices": true, "judges": true,
	"judge": true, "official": true, "officials": true, "commander": true, "commanders": true, "chief": true,
	"governor": true, "governors": true, "prosecutor": true, "director": true, "officer": true, "officers": true,
	"general": true, "generals": true, "aide": true, "aides": true, "adviser": true, "advisers": true,
	"advisor": true, "advisors": true, "head": true, "secretary": true, "premier": true, "staff": true,
	"employees": true, "workers": true, "him": true, "her": true,
}

// officeTitleWords may stand before the name of the one removed:
// "dismissed the Prime Minister Gough Whitlam", "sacked Interior Minister X".
var officeTitleWords = map[string]bool{
	"the": true, "his": true, "her": true, "its": true, "their": true, "interior": true, "defence": true,
	"defense": true, "foreign": true, "finance": true, "prime": true, "deputy": true, "army": true,
	"police": true, "top": true, "senior": true, "minister": true, "chief": true, "general": true,
	"attorney": true, "president": true, "commander": true, "governor": true, "five": true, "two": true,
	"three": true, "four": true, "several": true, "entire": true, "whole": true,
}

// removalFollowers may follow the post a removal verb takes: "dismissed the
// government and", "sacked the minister over", "dismissed the head of".
// Any other word makes the post a modifier ("dismissed the government
// report").
var removalFollowers = map[string]bool{
	"and": true, "or": true, "from": true, "for": true, "on": true, "in": true, "over": true, "after": true,
	"at": true, "as": true, "last": true, "with": true, "because": true, "earlier": true, "of": true,
	"this": true, "yesterday": true, "today": true, "without": true, "amid": true, "following": true,
}

// removedFromOffice reports whether the verb at t removes someone from a
// post: a removal verb whose object is a person ("dismissed Bainimarama"),
// a post ("dismissed the government", "sacked him") or a body's members
// ("dismissed 5 Haitian Supreme Court justices"). That is an act inside a
// state, not the rejection of a proposal or a claim.
func (v *sentenceView) removedFromOffice(t int) bool {
	toks := v.toks
	if !removalVerbs[toks[t].norm] {
		return false
	}
	for k := t + 1; k < len(toks) && k <= t+6; k++ {
		w := toks[k]
		if p := v.at[k]; p >= 0 {
			m := v.ms[p]
			if toks[m.last].poss {
				return false // "dismissed Larijani's remarks"
			}
			if m.ent.Kind == graph.Person {
				return true
			}
			if removedPosts[toks[m.last].norm] {
				return v.endsPost(m.last) // "the government" read as the state it is
			}
			k = m.last // "5 Haitian Supreme Court justices": the body qualifies its members
			continue
		}
		switch {
		case w.poss || w.punct:
			return false
		case removedPosts[w.norm]:
			return v.endsPost(k)
		case officeTitleWords[w.norm] || w.digit:
			continue
		default:
			return false
		}
	}
	return false
}

// endsPost reports whether the post named at k is the whole object: the
// clause goes on after it, or a name or another post follows ("Interior
// Minister Bakirdin Subanbekov"), not a noun it qualifies ("the government
// report").
func (v *sentenceView) endsPost(k int) bool {
	toks := v.toks
	return k+1 >= len(toks) || toks[k+1].punct || v.at[k+1] >= 0 || removedPosts[toks[k+1].norm] || removalFollowers[toks[k+1].norm]
}

// stateAgentNouns name a state's own organs and forces. What they block
// (a website, an entrance, sea lanes) is closed by authority, not blocked
// in protest.
var stateAgentNouns = map[string]bool{
	"government": true, "governments": true, "authorities": true, "police": true, "army": true, "troops": true,
	"forces": true, "military": true, "warships": true, "navy": true, "ministry": true, "regime": true,
	"officials": true, "censors": true, "soldiers": true, "court": true,
}

// blockadeCrowds add to crowdNouns (sentences.go) more who block roads in
// protest.
var blockadeCrowds = map[string]bool{
	"truckers": true, "drivers": true, "opposition": true, "members": true, "miners": true, "unionists": true,
}

// blockedByState reports whether the blocking at t is done by the state
// named before it: "the Pakistani government has started blocking access
// to Blogger.com", "the government of Saudi Arabia blocked access",
// "the police blocked the entrance". A crowd named nearer makes it a
// protest again ("demonstrators blocked the roads").
func (v *sentenceView) blockedByState(t int) bool {
	toks := v.toks
	for k := t - 1; k >= 0 && k >= t-10; k-- {
		w := toks[k]
		switch {
		case crowdNouns[w.norm] || blockadeCrowds[w.norm]:
			return false
		case stateAgentNouns[w.norm]:
			return true
		}
		if p := v.at[k]; p >= 0 {
			m := v.ms[p]
			if m.ent.Kind == graph.Person || m.form == formDemonym {
				return false
			}
			if m.first > 0 && prepositions[toks[m.first-1].norm] {
				k = m.first // "the government of Saudi Arabia", "supporters in Kenya": read on
				continue
			}
			last := toks[m.last].norm
			return m.ent.Kind == graph.Country && !toks[m.last].poss || stateAgentNouns[last]
		}
	}
	return false
}
