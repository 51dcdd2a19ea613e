package loader

import "github.com/geokg/geokg/graph"

// Events named by a noun inside another phrase: "joined the US -led war
// on Iraq", "opposed the U.S.-led war against the Taliban".

// detachedHyphen returns the index after the hyphen of " -led" at j, or
// j: a link's markup that left a space before the hyphen of a compound
// ("the United States -led invasion", "a Qatar -based group"), as it
// leaves one before a possessive (see detachedPossessive). Only a hyphen
// glued to the word after it is read so; a dash between spaces separates.
func detachedHyphen(body string, j, end int) int {
	if j+2 >= end || body[j] != ' ' || body[j+1] != '-' || !isWordRune(runeAt(body, j+2, end)) {
		return j
	}
	return j + 2
}

// ledWar reads "the U.S.-led war on Iraq", "a US-led war against the
// Taliban": a war that one side leads and an "on" or "against" phrase
// aims at another names force used by the leader on that other, though
// the "hostilities" rule reads wars only between two named sides. A war
// on a thing ("the US-led war on terror") names no party and stays
// unread, as does a war only considered ("a possible US-led war on
// Iran", see hypothetical).
func (v *sentenceView) ledWar(t int, c *candidate) bool {
	toks := v.toks
	if toks[t].norm != "war" || t+1 >= len(toks) || (toks[t+1].norm != "on" && toks[t+1].norm != "against") || hypothetical(toks, t) {
		return false
	}
	actor := v.ledActor(t)
	if actor == nil {
		return false
	}
	k := t + 2
	if k < len(toks) && toks[k].norm == "the" {
		k++
	}
	n := -1
	if k < len(toks) {
		n = v.at[k]
	}
	if n < 0 || !usable(v.ms[n]) || v.ms[n].first != k || v.ms[n].ent == actor {
		return false
	}
	c.typ, c.mode = graph.Assault, "clash"
	c.rule, c.confidence = "noun:hostilities-led", 0.55 // below the verb whose object it is
	c.actors = []*graph.Entity{actor}
	c.targets = []*graph.Entity{v.ms[n].ent}
	return true
}

// ledLeader reports whether mention n leads the force or campaign the
// noun after it names: "the US-led war", "a Saudi-led coalition". Such a
// phrase, the object of a preposition, stands for its leader: "refused
// assistance to the US-led war" is refused to the United States, "sent
// troops to join the U.S.-led strikes" joins them.
func (v *sentenceView) ledLeader(n int) bool {
	m := v.ms[n]
	return m.modifier && !m.place && m.ent.Kind != graph.Location && v.toks[m.last].hyphen &&
		m.last+1 < len(v.toks) && v.toks[m.last+1].norm == "led"
}
