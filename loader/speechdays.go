package loader

import "github.com/geokg/geokg/graph"

// A report dates a speaker's statement once and goes on quoting him:
// "Kofi Annan told reporters on Monday that the blockade must end. ... "It
// is a fixed menu," he said. ... Annan also criticised Israel for ...". The
// accusation and the demands quoted after the dated verb of saying were
// made on that Monday, as annotators date them, though the sentence that
// dated the statement states no event of its own, so that continuedDate
// (event.go), which follows the events found, has nothing to go on.
//
// noteSpokenDay keeps the day a verb of saying was dated by a cue beside
// it ("said on Friday", "told reporters Tuesday", "On Wednesday, X
// said", "in a press conference on Thursday, X said") with the speaker
// it names. spokenDate gives that day to an undated verbal event of the
// same speaker a sentence or a few on (the speaker himself, not any act of
// his state: "Kerry said yesterday" does not date what the United States
// did next), when its own sentence has no date
// cue, and its verb, or the verb of saying that reports it, is in the
// simple past: "has often criticised" and "had called" step out of the
// occasion into the background. Any date cue in a sentence between ends
// the occasion (the story has moved to another time), and so does a
// heading.

// maxSpokenGap is how many sentences on a dated statement still dates
// its speaker's words.
const maxSpokenGap = 3

// spokenDay is a speaker's statement dated to the day.
type spokenDay struct {
	speaker  *graph.Entity
	date     string
	sentence int
}

// speechCueReach is how many words may stand between a verb of saying
// and the cue that dates it ("told visiting Hong Kong reporters on
// Friday", "said in an interview on today's programme").
const speechCueReach = 6

// noteSpokenDay records the dated statement of the sentence just read,
// or forgets the last one when the sentence gives a date of its own.
func (a *article) noteSpokenDay(toks []token, ms []mention, n int) {
	cues := a.sentenceCues(toks)
	if len(cues) == 0 {
		return
	}
	a.spoken = spokenDay{}
	for _, c := range a.found[n:] {
		if spokenTypes[c.typ] && !c.noun && c.precision == graph.Day && c.status == graph.Reported && simplePast(toks, c.trigger) {
			a.spoken = spokenDay{speaker: c.actors[0], date: c.date, sentence: a.cur} // "X on Monday condemned Y"
		}
	}
	var v *sentenceView
	for _, cue := range cues {
		if !dayCue(cue) {
			continue
		}
		date, precision, ok := cue.resolve(a.pub, a.hasPub, -1)
		if !ok || precision != graph.Day || a.future(date, precision) {
			continue
		}
		if v == nil {
			v = newView(toks, ms)
		}
		if k := datedSpeechVerb(toks, cue); k >= 0 && v.at[k] < 0 {
			if speaker := a.datedSpeaker(v, k); speaker != nil && speaker.Kind != graph.Location {
				a.spoken = spokenDay{speaker: speaker, date: date, sentence: a.cur}
			}
		}
	}
}

// datedSpeaker returns who makes the statement the verb at k reports, or
// nil.
func (a *article) datedSpeaker(v *sentenceView, k int) *graph.Entity {
	if !announcementVerbs[v.toks[k].norm] {
		speaker, _, _ := a.statementAt(v, k)
		return speaker
	}
	if speaker := a.speakerOf(v, k, false); speaker != nil {
		return speaker
	}
	return leadingSpeaker(v, k)
}

// announcementVerbs report a statement as the verbs of saying do, though
// the lexicon does not read them as such: "On Tuesday X announced that".
var announcementVerbs = map[string]bool{
	"announced": true, "commented": true, "remarked": true, "noted": true, "explained": true, "asserted": true,
}

// saysOrAnnounces reports a verb of saying or of announcing at k.
func saysOrAnnounces(toks []token, k int) bool {
	return fallbackSpeech(toks, k) || announcementVerbs[toks[k].norm]
}

// dayCue reports a cue naming one day: a weekday, "today", "yesterday"
// or a full date.
func dayCue(c dateCue) bool {
	switch c.kind {
	case cueFull, cueWeekday:
		return !c.weekend
	case cueRelative:
		return c.unit == graph.Day && !c.week
	}
	return false
}

// datedSpeechVerb returns the verb of saying the cue dates, or -1: one a
// few words before it with no "that" or quotation between ("said on
// Friday", "told reporters Tuesday that"), one right after it ("Rice on
// Wednesday announced"), or one after the phrase the cue opens the
// sentence with ("On Wednesday, X said", "In a press conference on
// Thursday, X said"). A cue in the middle of what is said dates what is
// said, not the saying: "the fall was prompted by a drop on Friday,
// dealers said".
func datedSpeechVerb(toks []token, cue dateCue) int {
	for k := cue.first - 1; k >= 0 && k >= cue.first-speechCueReach; k-- {
		if toks[k].norm == "that" || isQuoteMark(toks[k]) || toks[k].text == "," {
			break
		}
		if saysOrAnnounces(toks, k) {
			if finiteBetween(toks, k+1, cue.first) {
				break // "said the talks failed on Friday": the cue dates what is said
			}
			return k
		}
	}
	if k := cue.last + 1; k < len(toks) && saysOrAnnounces(toks, k) {
		return k
	}
	if finiteBetween(toks, 0, cue.first) {
		return -1
	}
	// After the comma that closes the opening phrase, if there is one:
	// "During a visit to Warsaw on Tuesday X announced" has none.
	from := cue.last + 1
	for k := from; k < len(toks) && k <= cue.last+maxArgGap; k++ {
		if toks[k].text == "," {
			from = k + 1
			break
		}
	}
	for k := from; k < len(toks) && k <= from+maxArgGap; k++ {
		if toks[k].norm == "that" || isQuoteMark(toks[k]) || toks[k].text == ";" {
			break
		}
		if saysOrAnnounces(toks, k) {
			if finiteBetween(toks, cue.last+1, k) {
				break
			}
			return k
		}
	}
	return -1
}

// spokenDate returns the day of the dated statement the undated verbal
// event c goes on with, or nothing.
func (a *article) spokenDate(toks []token, c *candidate) (string, graph.Precision) {
	s := a.spoken
	if s.speaker == nil || a.cur <= s.sentence || a.cur-s.sentence > maxSpokenGap {
		return "", ""
	}
	if !spokenTypes[c.typ] || c.actors[0] != s.speaker || len(a.sentenceCues(toks)) > 0 {
		return "", ""
	}
	for _, t := range toks {
		if anteriorAdverbs[t.norm] {
			return "", "" // "had earlier criticised": before the occasion
		}
	}
	if !simplePast(toks, c.trigger) && !reportedInSimplePast(toks, c.trigger) {
		return "", ""
	}
	return s.date, graph.Day
}

// spokenTypes are the event types a statement makes.
var spokenTypes = map[graph.EventType]bool{
	graph.Accuse: true, graph.Reject: true, graph.Request: true, graph.Threaten: true,
	graph.Support: true, graph.Agree: true, graph.Concede: true,
}

// reportedInSimplePast reports whether the word at t is reported by a
// verb of saying in the simple past: `"... absurd," he said`, "She said
// the sanctions were wrong".
func reportedInSimplePast(toks []token, t int) bool {
	for k := range toks {
		if k != t && fallbackSpeech(toks, k) && (toks[k].norm == "said" || simplePast(toks, k)) {
			return true
		}
	}
	return false
}
