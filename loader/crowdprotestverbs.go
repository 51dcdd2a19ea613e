package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file lets "protested" stand as a crowd's protest without the words
// the protest rule otherwise needs beside it: "about 100 people protested
// the detention of 13 men", "students have been protesting the new law",
// "demonstrators are protesting the censorship". With a named subject the
// verb may be a formal protest or an objection ("Japan protested the
// remarks"), which the rule's need words and accuse.go tell apart; with a
// crowd for subject it is a street protest whatever follows it. Who the
// crowd stands for is found as for any crowd's protest (crowdActor).

// crowdProtestForms are the forms of "protest" read here: finite or
// progressive, so that the crowd before them is their subject.
var crowdProtestForms = map[string]bool{"protested": true, "protesting": true}

// crowdSubjectAuxiliaries may stand between a crowd and its verb: "people
// have been protesting", "students also protested".
var crowdSubjectAuxiliaries = map[string]bool{
	"have": true, "has": true, "had": true, "been": true, "were": true, "are": true, "was": true, "is": true,
	"also": true, "then": true, "later": true, "again": true, "still": true,
}

// crowdProtestVerb reports a form of "protest" at t whose subject is a
// crowd noun right before it, past auxiliaries and a place the crowd is
// in.
func crowdProtestVerb(toks []token, t int) bool { return crowdProtestSubject(toks, t) >= 0 }

// crowdProtestSubject returns the index of the crowd noun that is the
// subject of the form of "protest" at t, or -1.
func crowdProtestSubject(toks []token, t int) int {
	if !crowdProtestForms[toks[t].norm] {
		return -1
	}
	return crowdSubjectBefore(toks, t)
}

// crowdSubjectBefore returns the index of a crowd noun that is the subject
// of the verb at t, right before it past auxiliaries and a place the crowd
// is in, or -1.
func crowdSubjectBefore(toks []token, t int) int {
	k := t - 1
	for k >= 0 && t-k <= 3 && crowdSubjectAuxiliaries[toks[k].norm] {
		k--
	}
	if k >= 0 && crowdNouns[toks[k].norm] {
		return k
	}
	// A place may follow the crowd: "demonstrators in Beijing protested".
	j := k
	for j >= 0 && k-j < 4 && (toks[j].upper && !toks[j].punct || toks[j].norm == "the") {
		j--
	}
	if j > 0 && j < k && crowdPlacePrepositions[toks[j].norm] && crowdNouns[toks[j-1].norm] {
		return j - 1
	}
	return -1
}

// crowdPlacePrepositions say where a crowd is: "people in Manila",
// "students from Seoul".
var crowdPlacePrepositions = map[string]bool{"in": true, "from": true, "across": true, "outside": true, "throughout": true}

// crowdProtestObject returns t when the crowd's "protested" at t takes a
// direct object ("protested the Israeli raid", "protested Japan's
// decision"), so that whoever is behind the object is sought from there as
// after "protested against"; else -1.
func crowdProtestObject(toks []token, t int) int {
	if t+1 >= len(toks) || grievancePrepositions[toks[t+1].norm] || toks[t+1].punct || !crowdProtestVerb(toks, t) {
		return -1
	}
	return t
}

// crowdSubjectAt returns the crowd noun subject of the protest verb at t
// read by rule r, or -1.
func crowdSubjectAt(toks []token, t int, r *eventRule, noun bool) int {
	if noun || r.typ != graph.Protest {
		return -1
	}
	return crowdProtestSubject(toks, t)
}

// crowdParticiplePhrase reports a crowd noun and a participle phrase of a
// few words right before t: "protesters waving national flags marched",
// "students carrying banners rallied". The verb at t is then the crowd's,
// not a participle qualifying the phrase's last noun.
func crowdParticiplePhrase(toks []token, t int) bool {
	for k := t - 2; k >= 1 && k >= t-4; k-- {
		if toks[k].punct || toks[k+1].punct {
			return false
		}
		if strings.HasSuffix(toks[k].norm, "ing") && crowdNouns[toks[k-1].norm] {
			return true
		}
	}
	return false
}
