package loader

// A year standing as an attribute of an event noun dates that noun: "a
// 1994 agreement between the United States and North Korea", "the 2002
// synagogue bombing", "a 2002 meeting between British and American
// officials". The year opens the noun phrase, after a determiner, and the
// event noun heads it within a few words; datesOtherNoun (datecues.go)
// (agreementNouns, diplomacy.go, count as event nouns) keeps such a year off the other acts of the sentence ("blamed Iran for
// the 2002 bombing" does not date the blaming). A year before a noun that
// names no event ("the 2004 election", "the 2000 troops") is no cue.

// maxYearAttributeWords bounds the modifiers between the year and the
// event noun it qualifies ("the 2002 Ghriba synagogue bombing").
const maxYearAttributeWords = 3

// yearAttributeCueAt reads a year at toks[i] that qualifies an event noun
// after a determiner.
func yearAttributeCueAt(toks []token, i int) (dateCue, bool) {
	y, ok := year(toks[i])
	if !ok || i == 0 || toks[i].hyphen || !datedNounDeterminers[toks[i-1].norm] {
		return dateCue{}, false
	}
	for k := i + 1; k < len(toks) && k <= i+maxYearAttributeWords; k++ {
		w := toks[k]
		if w.punct || w.digit || cueNounStoppers[w.norm] {
			break
		}
		if tr := triggers[w.norm]; tr != nil && tr.noun || agreementNouns[w.norm] {
			return dateCue{first: i, last: i, kind: cueYear, year: y}, true
		}
	}
	return dateCue{}, false
}

// yearOfOtherNoun reports a year attribute before the trigger at t that
// qualifies another noun: "The 1999 OSCE summit had obliged Russia to
// withdraw" does not date the withdrawal. A preposition making that noun's
// event the occasion ("In the 1967 war, Israel seized") lets it date the act,
// as datesOtherNoun has it for the cues after a trigger.
func yearOfOtherNoun(toks []token, cue dateCue, t int) bool {
	if cue.first > t {
		return false
	}
	if _, ok := yearAttributeCueAt(toks, cue.first); !ok {
		return false
	}
	return datesOtherNoun(toks, cue, t)
}

// withoutStrayYears drops the year attributes of nouns that state no event
// of the sentence (found are the events it states) unless
// a preposition makes the noun the occasion of the sentence's act ("In
// the 1967 war, Israel seized", "severed during the 1967 war"). Such a
// year dates nothing, and left in it would stand nearer to a verb than
// the verb's own cue: "In January the two countries signed a 1987
// agreement" is dated by January.
func withoutStrayYears(toks []token, cues []dateCue, found []*candidate) []dateCue {
	out := cues[:0:0]
	for _, c := range cues {
		if _, ok := yearAttributeCueAt(toks, c.first); ok && !occasionAttribute(toks, c) && !qualifiesTrigger(c, found) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// occasionAttribute reports a year attribute whose noun phrase follows a
// preposition of occasion ("in the 1967 war", "during the 2005 riots").
func occasionAttribute(toks []token, c dateCue) bool {
	k := c.first - 2 // before the determiner
	return k >= 0 && occasionPrepositions[toks[k].norm]
}

// qualifiesTrigger reports a year attribute whose noun is the trigger of
// an event found.
func qualifiesTrigger(c dateCue, found []*candidate) bool {
	for _, f := range found {
		if f.trigger > c.last && f.trigger <= c.last+maxYearAttributeWords {
			return true
		}
	}
	return false
}
