package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

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
// same speaker a sentence or a few on, when its own sentence has no date
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
// and the cue that dates it ("told visiting reporters on Friday").
const speechCueReach = 4

// noteSpokenDay records the dated statement of the sentence just read,
// or forgets the last one when the sentence gives a date of its own.
func (a *article) noteSpokenDay(toks []token, ms []mention) {
	cues := a.sentenceCues(toks)
	if len(cues) == 0 {
		return
	}
	a.spoken = spokenDay{}
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
			if speaker, _, _ := a.statementAt(v, k); speaker != nil && speaker.Kind != graph.Location {
				a.spoken = spokenDay{speaker: speaker, date: date, sentence: a.cur}
			}
		}
	}
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
		if fallbackSpeech(toks, k) {
			return k
		}
	}
	if k := cue.last + 1; k < len(toks) && fallbackSpeech(toks, k) {
		return k
	}
	if finiteBetween(toks, 0, cue.first) {
		return -1
	}
	comma := cue.last + 1
	for comma < len(toks) && comma <= cue.last+maxArgGap && toks[comma].text != "," {
		comma++
	}
	for k := comma + 1; k < len(toks) && k <= comma+maxArgGap; k++ {
		if toks[k].norm == "that" || isQuoteMark(toks[k]) || toks[k].text == ";" {
			break
		}
		if fallbackSpeech(toks, k) {
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
	if !spokenTypes[c.typ] || !a.spokenBy(c, s.speaker) || len(a.sentenceCues(toks)) > 0 {
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

// spokenBy reports whether the speaker is one of c's actors, or the state
// a person among them holds office for ("the US said on Saturday" before
// "Petraeus accused"). A person does not speak for every act of his state:
// "Kerry said yesterday" does not date what the United States did next.
func (a *article) spokenBy(c *candidate, speaker *graph.Entity) bool {
	return slices.ContainsFunc(c.actors, func(e *graph.Entity) bool {
		return e == speaker || speaker.Kind != graph.Person && e.Kind == graph.Person && a.sameSide(e, speaker)
	})
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
