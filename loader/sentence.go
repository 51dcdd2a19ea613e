package loader

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// sentence is one sentence of an article body with its byte span, so that a
// claim can point back at the exact text it was read from.
type sentence struct {
	// index is the 0-based position among the body's sentences.
	index int
	// start and end are byte offsets in the body: body[start:end] == text.
	start, end int
	// text is the sentence as it stands in the body.
	text string
	// furniture marks headings, bylines and page furniture ("Read Also:",
	// "Subscribe"): kept so that indices match the body, never a source of events.
	furniture bool
}

// abbreviations end in a period that does not end a sentence. Keys are
// lower case without the final period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "sgt": true, "capt": true, "cpt": true, "cmdr": true, "adm": true, "maj": true,
	"cpl": true, "pte": true, "pvt": true, "pfc": true, "spc": true, "brig": true, "cdr": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "hon": true, "pres": true, "amb": true,
	"st": true, "jr": true, "sr": true, "mt": true, "ft": true, "no": true, "nos": true,
	"vs": true, "inc": true, "corp": true, "ltd": true, "co": true, "dept": true, "approx": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "e.g": true, "i.e": true,
	"a.m": true, "p.m": true, "d.c": true, "u.s.a": true, "p.r.c": true, "d.p.r.k": true,
}

// furniturePrefixes open lines that belong to the page, not the story.
var furniturePrefixes = []string{
	"read also", "read more", "also read", "see also", "related:", "related articles",
	"subscribe", "sign up", "comments", "comment", "advertisement", "share this",
	"follow us", "click here", "photo:", "image:", "copyright", "all rights reserved",
	"sources", "external links", "this article", "editor's note", "related news", "references", "further reading",
}

// splitSentences cuts body into paragraphs at newlines and paragraphs into
// sentences at . ! ? that are not part of an abbreviation. Offsets index body.
// Hard-wrapped text (wire copy, plain-text mail) runs one paragraph over
// many lines; see wrapped.
func splitSentences(body string) []sentence {
	var out []sentence
	lineStart := 0
	inList := false // under a heading of related stories, until prose resumes
	for lineStart <= len(body) {
		lineEnd := lineEndAt(body, lineStart)
		for lineEnd < len(body) && wrapped(body, lineStart, lineEnd) {
			lineEnd = lineEndAt(body, lineEnd+1)
		}
		a, b := trimSpan(body, lineStart, lineEnd)
		if a < b {
			line := body[a:b]
			switch {
			case isFurniture(line):
				out = append(out, sentence{index: len(out), start: a, end: b, text: line, furniture: true})
				inList = opensList(line) || inList && listItem(line)
			case inList && listItem(line):
				out = append(out, sentence{index: len(out), start: a, end: b, text: line, furniture: true})
			default:
				inList = false
				for _, seg := range segments(body, a, b) {
					if seg.furniture {
						seg.index = len(out)
						out = append(out, seg)
						continue
					}
					ss := splitLine(body, seg.start, seg.end)
					if n := len(ss); n > 1 && trailingHeadline(body, ss[n-2], ss[n-1]) {
						ss[n-1].furniture = true
					}
					for _, s := range ss {
						s.index = len(out)
						out = append(out, s)
					}
				}
			}
		}
		if lineEnd >= len(body) {
			break
		}
		lineStart = lineEnd + 1
	}
	return out
}

// lineEndAt returns the index of the newline ending the line that starts
// at start, or len(body).
func lineEndAt(body string, start int) int {
	if i := strings.IndexByte(body[start:], '\n'); i >= 0 {
		return start + i
	}
	return len(body)
}

// minWrapWidth is the shortest line taken for a hard-wrapped one: wire
// copy wraps at 60–80 columns, while headings and list items that end
// without a full stop are mostly shorter.
const minWrapWidth = 40

// maxWrapWidth is the longest line taken for a hard-wrapped one.
const maxWrapWidth = 90

// wrapped reports whether the paragraph running from start to the newline
// at end goes on over the next line: the last line is long (or is the
// story's short lead line, see shortLead), stops without ending a sentence
// (a period after an abbreviation does not), and the next line neither is
// blank nor opens a new paragraph by indentation or a list mark.
func wrapped(body string, start, end int) bool {
	lineStart := strings.LastIndexByte(body[start:end], '\n') + start + 1
	a, b := trimSpan(body, lineStart, end)
	next := end + 1
	if next >= len(body) {
		return false
	}
	// A heading is a line of its own: one that goes on a paragraph, or
	// opens one by indentation as wire copy does, is prose.
	inParagraph := lineStart > start || a > lineStart
	if b-a < minWrapWidth && !shortLead(body, a, b, next) || b-a >= minWrapWidth && !inParagraph && isFurniture(body[a:b]) {
		return false // headings end without a full stop too
	}
	last, _ := utf8.DecodeLastRuneInString(body[a:b])
	if last == '.' {
		// "the U.S.|Department": an abbreviation at the wrap goes on.
		return !periodEnds(body, a, b-1, b, lineEndAt(body, next))
	}
	if strings.ContainsRune("!?:;\"”'’)]", last) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(body[next:])
	return !unicode.IsSpace(r) && !strings.ContainsRune("*#=-•>|", r)
}

// shortLead reports whether body[a:b], a line too short to be taken for
// a wrapped one, is the first line of a hard-wrapped story cut short where
// its dateline was taken off ("LONDON, March 2 - " before "Merrill Lynch
// and Co is issuing a 100" + newline + "mln Ecu eurobond due ..."): it
// opens the body, and the line after it, at next, is a wrapped line
// itself, of wrap width and followed by more. A heading over unwrapped
// prose is followed by a longer line; one over wrapped prose is told by
// its shape, unless the next line goes on in lower case.
func shortLead(body string, a, b, next int) bool {
	if strings.TrimSpace(body[:a]) != "" {
		return false
	}
	nextEnd := lineEndAt(body, next)
	if nextEnd >= len(body) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(body[next:])
	c, d := trimSpan(body, next, nextEnd)
	if unicode.IsSpace(r) || d-c < minWrapWidth || d-c > maxWrapWidth {
		return false
	}
	return unicode.IsLower(r) || unicode.IsDigit(r) || !isFurniture(body[a:b])
}

// segments cuts a paragraph at inline wiki headings ("==Related news==")
// and list bullets (" * "), which run together when markup is flattened
// into one line. Headings are furniture, and so is everything under a
// heading that is ("Related news", "Sources").
func segments(body string, a, b int) []sentence {
	var out []sentence
	emit := func(s, e int, furniture bool) {
		s, e = trimSpan(body, s, e)
		if s < e {
			// A bare link ("[http://… Photos of the scene]") is a list item, not prose.
			text := body[s:e]
			link := text[0] == '[' && urlEnd(body, s+1, e) > s+1 && text[len(text)-1] == ']'
			out = append(out, sentence{start: s, end: e, text: text, furniture: furniture || link})
		}
	}
	under := false // inside a furniture section
	item := false  // the segment opens with a list mark
	start := a
	for i := a; i < b; i++ {
		switch {
		case body[i] == '=' && i+1 < b && body[i+1] == '=':
			j := i
			for j < b && body[j] == '=' {
				j++
			}
			k := strings.Index(body[j:b], "==")
			if k < 0 || k > 80 {
				i = j - 1
				continue
			}
			emit(start, i, under || item && headlineShaped(body[start:i]))
			head := body[j : j+k]
			emit(j, j+k, true)
			under = isFurniture(strings.TrimSpace(head)+":") || opensList(head)
			item = false
			e := j + k
			for e < b && body[e] == '=' {
				e++
			}
			start, i = e, e-1
		case bulletAt(body, a, b, i):
			end := i
			if body[i-1] == ':' {
				end-- // ":*", an indented item
			}
			emit(start, end, under || item && headlineShaped(body[start:end]))
			for i+1 < b && body[i+1] == '*' {
				i++ // "**", a nested item
			}
			start, item = i+1, true
		}
	}
	emit(start, b, under || item && headlineShaped(body[start:b]))
	return out
}

// splitLine splits body[a:b], one paragraph, into sentences.
func splitLine(body string, a, b int) []sentence {
	var out []sentence
	start := a
	for i := a; i < b; i++ {
		c := body[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		end := i + 1
		// Closing quotes and brackets belong to the sentence they close.
		for end < b {
			r, size := utf8.DecodeRuneInString(body[end:])
			if r == '"' || r == '\'' || r == ')' || r == ']' || r == '”' || r == '’' || r == '.' || r == '!' || r == '?' {
				end += size
				continue
			}
			break
		}
		if end < b {
			r, _ := utf8.DecodeRuneInString(body[end:])
			if !unicode.IsSpace(r) {
				i = end - 1
				continue
			}
		}
		if c == '.' && !periodEnds(body, start, i, end, b) {
			i = end - 1
			continue
		}
		s, e := trimSpan(body, start, end)
		if s < e {
			out = append(out, sentence{start: s, end: e, text: body[s:e]})
		}
		start = end
		i = end - 1
	}
	s, e := trimSpan(body, start, b)
	if s < e {
		out = append(out, sentence{start: s, end: e, text: body[s:e]})
	}
	return out
}

// periodEnds reports whether the period at dot ends a sentence: not after an
// abbreviation or an initial, and followed by something that can open one.
func periodEnds(body string, start, dot, after, limit int) bool {
	w := dot
	for w > start {
		r, size := utf8.DecodeLastRuneInString(body[start:w])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		w -= size
	}
	word := strings.ToLower(body[w:dot])
	if abbreviations[word] {
		return false
	}
	if n := utf8.RuneCountInString(word); n == 1 {
		r, _ := utf8.DecodeRuneInString(body[w:dot])
		if unicode.IsUpper(r) {
			return false // an initial: "George W. Bush"
		}
	}
	// The next word must open a sentence: capital, digit, quote or bracket.
	j := after
	for j < limit {
		r, size := utf8.DecodeRuneInString(body[j:])
		if unicode.IsSpace(r) {
			j += size
			continue
		}
		return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘([", r)
	}
	return true
}

// trimSpan narrows body[a:b] past leading and trailing white space.
func trimSpan(body string, a, b int) (int, int) {
	for a < b {
		r, size := utf8.DecodeRuneInString(body[a:b])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		a += size
	}
	for b > a {
		r, size := utf8.DecodeLastRuneInString(body[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	return a, b
}

// isFurniture reports whether a whole line is a heading, byline or page
// furniture rather than prose.
func isFurniture(line string) bool {
	// Most lines are paragraphs of prose: count their words only as far as
	// the tests below need, and lower-case and split only short lines.
	n := fieldCount(line, maxFurnitureLineWords)
	if n <= maxFurnitureLineWords {
		low := strings.ToLower(strings.TrimLeft(line, "([{*#>-–— \t"))
		if hasFurniturePrefix(low) {
			return true
		}
		if strings.HasPrefix(low, "by ") && n <= 6 {
			return true // byline
		}
	}
	if n <= maxHeadlineWords && endsWithDate(line) && headlineShaped(line) {
		return true // a dated headline: "Bush visits Iraq (2006-03-12)"
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?:;\"”'’)", last) {
		return false
	}
	if n <= 4 {
		return true
	}
	if n > 16 {
		return false
	}
	// Title Case: most words longer than three letters are capitalised.
	long, caps := 0, 0
	for _, w := range strings.Fields(line) {
		if utf8.RuneCountInString(w) <= 3 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return long > 0 && caps*10 >= long*7
}

// fieldCount counts the words of s as strings.Fields splits them, but
// stops at limit+1: callers compare the count with limit or less.
func fieldCount(s string, limit int) int {
	n, inWord := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			inWord = true
			if n++; n > limit {
				break
			}
		}
	}
	return n
}

// token is a word or punctuation mark of a sentence.
type token struct {
	// text is the token as written, without a possessive 's.
	text string
	// start and end are byte offsets in the article body.
	start, end int
	// norm is lower case with accents and apostrophes dropped: the key that
	// gazetteer and lexicon lookups use.
	norm string
	// upper is set when the token starts with a capital letter or a digit
	// followed by letters (G20).
	upper bool
	// caps is set when every letter is a capital (US, DPRK, U.S).
	caps bool
	// poss marks a possessive: "Russia's", "leaders'".
	poss bool
	// hyphen marks a token joined to the next one by a hyphen or dash with
	// no space: "Kim-Putin", "Jong-un", "agreed-upon".
	hyphen bool
	// punct marks punctuation: , ; : ( ) quotes and dashes.
	punct bool
	// digit marks a token that starts with a digit.
	digit bool
	// gate holds the frames norm triggers (framegates.go), looked up with
	// class; it sits in the padding after the flags, so tokens stay as
	// large as they were.
	gate frameGate
	// class holds the word classes of norm that rules test at nearly every
	// token, looked up once here instead of in a map per rule and token.
	class wordClass
}

// wordClass is a set of word classes a token's norm belongs to.
type wordClass uint64

const (
	// classSpeech: a verb of saying (speechVerbs).
	classSpeech wordClass = 1 << iota
	// classFallbackSpeech: a verb of saying only the fallback reads
	// (fallbackSpeechVerbs).
	classFallbackSpeech
	// classTitleStart: the first word of an office title (titlePrefixes).
	classTitleStart
	// classNotName: a capitalised word that never starts or continues a
	// name (notNames).
	classNotName
	// classOrgHead: a word that heads an organisation's name (orgHeads).
	classOrgHead
	// classPersonNoun: a noun that describes a person (personNouns,
	// publicNouns).
	classPersonNoun

	// The trigger words of rules that scan every token of a sentence: the
	// class spares each rule a map lookup per token.
	// classLawsuitNoun: a word in lawsuitNouns.
	classLawsuitNoun
	// classLegalNoun: a word in legalNouns.
	classLegalNoun
	// classExpressingVerb: a word in expressingVerbs.
	classExpressingVerb
	// classElectoralWord: a word in electoralWords.
	classElectoralWord
	// classAccountHoldVerb: a word in accountHoldVerbs.
	classAccountHoldVerb
	// classActAttributingVerb: a word in actAttributingVerbs.
	classActAttributingVerb
	// classResponsibilityClaimVerb: a word in responsibilityClaimVerbs.
	classResponsibilityClaimVerb
	// classDisappointmentWord: a word in disappointmentWords.
	classDisappointmentWord
	// classAllegationVerb: a word in allegationVerbs.
	classAllegationVerb
	// classChallengingVerb: a word in challengingVerbs.
	classChallengingVerb
	// classRestVerb: a word in restVerbs.
	classRestVerb
	// classReviledFigure: a word in reviledFigures.
	classReviledFigure
	// classPostNoun: a word in postNouns.
	classPostNoun
	// classGarrisonNoun: a word in garrisonNouns.
	classGarrisonNoun
	// classDenyingVerb: a word in denyingVerbs.
	classDenyingVerb
	// classRebuttingVerb: a word in rebuttingVerbs.
	classRebuttingVerb
	// classAgreementNoun: a word in agreementNouns.
	classAgreementNoun
	// classSufferedForce: a word in sufferedForce.
	classSufferedForce
	// classWarningWord: a word in warningWords.
	classWarningWord
	// classReleasedForm: a word in releasedForms.
	classReleasedForm
	// classCrowdProtestNoun: a word in crowdProtestNouns.
	classCrowdProtestNoun
	// classDenialVerb: a word in denialVerbs.
	classDenialVerb
	// classClaimVerb: a word in claimVerbs.
	classClaimVerb
	// classRequestNoun: a word in requestNouns.
	classRequestNoun
	// classJointNoun: a word in jointNouns.
	classJointNoun
	// classLodgedVerb: a word in lodgedVerbs.
	classLodgedVerb
	// classFacingVerb: a word in facingVerbs.
	classFacingVerb
	// classPlacingVerb: a word in placingVerbs.
	classPlacingVerb
	// classObjectingVerb: a word in objectingVerbs.
	classObjectingVerb
	// classChargingVerb: a word in chargingVerbs.
	classChargingVerb
	// classInsultVerb: a word in insultVerbs.
	classInsultVerb
	// classCriticismNoun: a word in criticismNouns.
	classCriticismNoun
	// classClaimReportVerb: a word in claimVerbsOfReport.
	classClaimReportVerb
	// classDeadlineVerb: a word in deadlineVerbs.
	classDeadlineVerb
	// classMoreStateNoun: a word in moreStateNouns.
	classMoreStateNoun
	// classCapitalStateNoun: a word in capitalStateNouns.
	classCapitalStateNoun
	// classLegislatureNoun: a word in legislatureNouns.
	classLegislatureNoun
	// classNeighbourNoun: a word in neighbourNouns.
	classNeighbourNoun
	// classAskingVerb: a word in askingVerbs.
	classAskingVerb
	// classTrigger: a word form the event lexicon indexes (triggers).
	classTrigger
	// classNamingVerb: a word in namingVerbs.
	classNamingVerb
	// classConsideringVerb: a word in consideringVerbs.
	classConsideringVerb
	// classBodyHead: a word in bodyHeads.
	classBodyHead
	// classAuthoredWord: a word in activityNouns, authoringVerbs or
	// referentLemmas, the lists authoredNouns reads.
	classAuthoredWord
	// classOfficialTitleWord: a title in officialTitles or the first word
	// of one (officialTitleHeads).
	classOfficialTitleWord
	// classProtestActWord, classAidWord, classContactWord and
	// classLegalWord: the words that open a frame of protestacts.go,
	// aid.go, contacts.go and legal.go, so that their scans skip every
	// other word at the cost of one bit test.
	classProtestActWord
	classAidWord
	classContactWord
	classLegalWord
	// classVerbalActVerb: a word in appointmentVerbs, acceptanceVerbs,
	// refusalVerbs or assuranceVerbs, the verbs verbalActs' readers open
	// with.
	classVerbalActVerb
	// classPronounAccusingVerb: a key of pronounAccusingVerbs.
	classPronounAccusingVerb
	// classDescriptionHead: a key of descriptionHeads.
	classDescriptionHead
	// classForceNoun: a word in forceNouns.
	classForceNoun
	// classTortureParticiple: a word in tortureParticiples.
	classTortureParticiple
	// classRemarkNoun: a word in remarkNouns.
	classRemarkNoun
	// classFrameOpener: a word that opens a frame of criticism.go,
	// endorsements.go or resignations.go (see frameOpeners), so that their
	// scans skip every other word at the cost of one bit test.
	classFrameOpener
	// classDateOpener: a word that may open a date cue (dateCueOpeners),
	// so that findDateCues skips the other words.
	classDateOpener
)

// wordClasses maps each norm in a classed word list to its classes, so that
// tokenize looks a token up once for all of them. It is built on first use,
// after package initialisation has filled the lists (titlePrefixes is built
// in an init function).
var wordClasses = sync.OnceValue(func() map[string]wordClass {
	m := map[string]wordClass{}
	for _, l := range []struct {
		words map[string]bool
		class wordClass
	}{
		{speechVerbs, classSpeech},
		{fallbackSpeechVerbs, classFallbackSpeech},
		{titlePrefixes, classTitleStart},
		{notNames, classNotName},
		{orgHeads, classOrgHead},
		{personNouns, classPersonNoun},
		{publicNouns, classPersonNoun},
		{lawsuitNouns, classLawsuitNoun},
		{legalNouns, classLegalNoun},
		{expressingVerbs, classExpressingVerb},
		{electoralWords, classElectoralWord},
		{accountHoldVerbs, classAccountHoldVerb},
		{actAttributingVerbs, classActAttributingVerb},
		{responsibilityClaimVerbs, classResponsibilityClaimVerb},
		{disappointmentWords, classDisappointmentWord},
		{allegationVerbs, classAllegationVerb},
		{challengingVerbs, classChallengingVerb},
		{restVerbs, classRestVerb},
		{reviledFigures, classReviledFigure},
		{postNouns, classPostNoun},
		{garrisonNouns, classGarrisonNoun},
		{denyingVerbs, classDenyingVerb},
		{rebuttingVerbs, classRebuttingVerb},
		{agreementNouns, classAgreementNoun},
		{sufferedForce, classSufferedForce},
		{warningWords, classWarningWord},
		{releasedForms, classReleasedForm},
		{crowdProtestNouns, classCrowdProtestNoun},
		{denialVerbs, classDenialVerb},
		{claimVerbs, classClaimVerb},
		{requestNouns, classRequestNoun},
		{jointNouns, classJointNoun},
		{lodgedVerbs, classLodgedVerb},
		{facingVerbs, classFacingVerb},
		{placingVerbs, classPlacingVerb},
		{objectingVerbs, classObjectingVerb},
		{chargingVerbs, classChargingVerb},
		{insultVerbs, classInsultVerb},
		{criticismNouns, classCriticismNoun},
		{claimVerbsOfReport, classClaimReportVerb},
		{deadlineVerbs, classDeadlineVerb},
		{moreStateNouns, classMoreStateNoun},
		{capitalStateNouns, classCapitalStateNoun},
		{legislatureNouns, classLegislatureNoun},
		{neighbourNouns, classNeighbourNoun},
		{askingVerbs, classAskingVerb},
		{officialTitleHeads, classOfficialTitleWord},
		{appointmentVerbs, classVerbalActVerb},
		{acceptanceVerbs, classVerbalActVerb},
		{refusalVerbs, classVerbalActVerb},
		{assuranceVerbs, classVerbalActVerb},
		{forceNouns, classForceNoun},
		{tortureParticiples, classTortureParticiple},
		{remarkNouns, classRemarkNoun},
	} {
		for w, in := range l.words {
			if in {
				m[w] |= l.class
			}
		}
	}
	// Lists that map words to values: a word is in the class when it is a
	// key, so a rule tests the bit before it looks the value up.
	for _, l := range []struct {
		words []string
		class wordClass
	}{
		{slices.Collect(maps.Keys(triggers)), classTrigger},
		{slices.Collect(maps.Keys(namingVerbs)), classNamingVerb},
		{slices.Collect(maps.Keys(consideringVerbs)), classConsideringVerb},
		{slices.Collect(maps.Keys(bodyHeads)), classBodyHead},
		{slices.Collect(maps.Keys(activityNouns)), classAuthoredWord},
		{slices.Collect(maps.Keys(authoringVerbs)), classAuthoredWord},
		{slices.Collect(maps.Keys(referentLemmas)), classAuthoredWord},
		{slices.Collect(maps.Keys(officialTitles)), classOfficialTitleWord},
		{protestActWords(), classProtestActWord},
		{frameOpeners(), classFrameOpener},
		{aidWords(), classAidWord},
		{contactWords(), classContactWord},
		{legalWords(), classLegalWord},
		{slices.Collect(maps.Keys(pronounAccusingVerbs)), classPronounAccusingVerb},
		{slices.Collect(maps.Keys(descriptionHeads)), classDescriptionHead},
		{dateCueOpeners(), classDateOpener},
	} {
		for _, w := range l.words {
			m[w] |= l.class
		}
	}
	return m
})

// is reports whether the token's norm belongs to every class in c.
func (t *token) is(c wordClass) bool {
	return t.class&c == c
}

// tokenize splits body[start:end] into tokens whose offsets index body.
func tokenize(body string, start, end int) []token {
	toks := tokenizeWords(body, start, end)
	entries := wordEntries()
	for k := range toks {
		// No classed word list holds a punctuation mark, so a mark skips
		// the lookup.
		if !toks[k].punct {
			e := entries[toks[k].norm]
			toks[k].class, toks[k].gate = e.class, e.gate
		}
	}
	return toks
}

// tokenizeWords is tokenize without the word classes, for callers that
// read only the tokens' text and forms (nameKey).
func tokenizeWords(body string, start, end int) []token {
	// English averages about six bytes a token (with its space); sizing for
	// that spares most of append's regrowing.
	toks := make([]token, 0, (end-start)/6+1)
	i := start
	for i < end {
		if j := urlEnd(body, i, end); j > i {
			i = j // a link's address names nothing; its label ("[http://… the report]") is text
			continue
		}
		if j := markupEnd(body, i, end); j > i {
			i = j // a tag left in the text ("said: <blockquote>") says nothing and parts no words
			continue
		}
		r, size := utf8.DecodeRuneInString(body[i:end])
		switch {
		case isWordRune(r):
			j := i
			seg := 0 // letters since the last inner period
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(body[j:end])
				if isWordRune(r2) {
					j += s2
					seg++
					continue
				}
				if r2 == ',' && thousandsComma(body, i, j, end) {
					j += s2 // "2,000 troops": one number, not a clause break
					continue
				}
				if r2 == '.' && decimalPoint(body, i, j, end) {
					j += s2 // "5.1 million dollars": one figure (figures.go)
					continue
				}
				if (r2 == '.' || r2 == '\'' || r2 == '’') && j+s2 < end {
					next, _ := utf8.DecodeRuneInString(body[j+s2 : end])
					if r2 == '.' && unicode.IsLetter(next) && seg == 1 {
						j += s2 // U.S, D.P.R.K
						seg = 0
						continue
					}
					if r2 != '.' && unicode.IsLetter(next) && !possessiveAt(body, j+s2, end) {
						j += s2 // d'Ivoire, N'Djamena, didn't
						continue
					}
				}
				break
			}
			t := newToken(body, i, j)
			if strings.ContainsRune(t.text, '.') && !figure(t.text) && j < end && body[j] == '.' {
				// "U.S.": the final period belongs to the abbreviation.
				j++
				t.end, t.text = j, body[i:j]
			}
			if k := detachedSuffix(body, j, end, t.upper); k > j {
				// "Russia n troops", "Israel i soldiers", "soldier s": a
				// wiki link's markup left a space before the word's ending.
				t.text += body[j+1 : k]
				t.norm, t.end, j = fold(t.text), k, k
			}
			// Possessive 's or a bare apostrophe after a plural.
			if j < end {
				r2, s2 := utf8.DecodeRuneInString(body[j:end])
				if r2 == '\'' || r2 == '’' {
					if possessiveAt(body, j+s2, end) {
						t.poss = true
						j += s2 + 1
					} else if strings.HasSuffix(t.norm, "s") && (j+s2 == end || !isWordRune(runeAt(body, j+s2, end))) {
						t.poss = true
						j += s2
					}
				} else if k := detachedPossessive(body, j, end); k > j && t.upper {
					t.poss = true // "Israel 's air strike": a link's markup left a space before the 's
					j = k
				}
			}
			if k, closed := closedCompound(body, t.norm, j, end); k > j {
				t.text, t.norm, t.end, j = body[i:k], closed, k, k // closedcompounds.go: "cease-fire"
			}
			// A hyphen or en dash glued between two words joins them; an em
			// dash sets off a parenthesis even unspaced ("Kamal Omar—one of
			// the lawyers—said").
			if j < end {
				r2, s2 := utf8.DecodeRuneInString(body[j:end])
				if (r2 == '-' || r2 == '‐' || r2 == '–') && j+s2 < end && isWordRune(runeAt(body, j+s2, end)) {
					t.hyphen = true
					j += s2
				} else if k := detachedHyphen(body, j, end); k > j && t.upper && !t.poss {
					t.hyphen, j = true, k // "the US -led invasion": nested.go
				}
			}
			toks = append(toks, t)
			i = j
		case unicode.IsSpace(r):
			i += size
		case r == '&' && charRefLen(body, i, end) > 0:
			toks, i = appendCharRef(toks, body, i, end) // charrefs.go: "Iran &mdash; President Khatami"
		default:
			if strings.ContainsRune(",;:()[]\"“”‘’'–—-.!?/", r) {
				toks = append(toks, token{text: body[i : i+size], start: i, end: i + size, norm: body[i : i+size], punct: true})
			}
			i += size
		}
	}
	return toks
}

// detachedSuffixes are the endings a wiki link leaves apart from its
// word when the link covers only the stem: "[[Russia]]n" becomes "Russia
// n". After a capitalised stem they make demonyms ("Russian", "Iraqi",
// "Iranian", "Japanese", "Palestinians"); after any word, "s" makes a
// plural ("soldier s"). Endings that are words of their own ("an", "is")
// are left alone: "Israel is" is a verb more often than "Israelis".
var detachedSuffixes = map[string]bool{"n": true, "i": true, "ian": true, "ians": true, "ese": true, "ns": true, "s": true}

// detachedSuffix returns the end of a detached ending (see
// detachedSuffixes) one space after a word ending at j, or j if none.
// Only "s" follows a word that is not capitalised.
func detachedSuffix(body string, j, end int, upper bool) int {
	if j+1 >= end || body[j] != ' ' {
		return j
	}
	switch body[j+1] { // the first letters of detachedSuffixes: most words fail here
	case 'n', 'i', 'e', 's':
	default:
		return j
	}
	k := j + 1
	for k < end && 'a' <= body[k] && body[k] <= 'z' && k-j <= 4 {
		k++
	}
	if k < end && isWordRune(runeAt(body, k, end)) {
		return j
	}
	if w := body[j+1 : k]; detachedSuffixes[w] && (upper || w == "s") {
		return k
	}
	return j
}

// urlEnd returns the end of the web address starting at i (up to white
// space, a closing bracket or end), or i if none starts there.
func urlEnd(body string, i, end int) int {
	rest := body[i:end]
	if !(strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "www.")) {
		return i
	}
	j := i
	for j < end && body[j] != ']' {
		r, size := utf8.DecodeRuneInString(body[j:end])
		if unicode.IsSpace(r) {
			break
		}
		j += size
	}
	return j
}

// maxMarkupTag is the longest HTML or wiki tag markupEnd skips.
const maxMarkupTag = 200

// markupTags are the HTML and wiki tags wiki sources leave in their text
// ("said: <blockquote>", "<br />", "<noinclude>"), by lower-case name. A
// known name is required: wire copy sets firms' names and tickers in angle
// brackets ("<Airbus Industrie>", "<GE>"), and those are text.
var markupTags = map[string]bool{
	"a": true, "b": true, "big": true, "blockquote": true, "br": true, "center": true, "code": true, "div": true,
	"dynamicpagelist": true, "em": true, "font": true, "gallery": true, "hr": true, "i": true, "img": true,
	"includeonly": true, "li": true, "noinclude": true, "nowiki": true, "ol": true, "onlyinclude": true, "p": true,
	"pre": true, "ref": true, "references": true, "s": true, "small": true, "span": true, "strike": true,
	"strong": true, "sub": true, "sup": true, "table": true, "td": true, "th": true, "tr": true, "tt": true,
	"u": true, "ul": true,
}

// markupEnd returns the index after an HTML or wiki tag of markupTags
// opening at i ("<blockquote>", "</p>", "<br />", `<font
// color="#333355">`), or i when none does: the tag must close with ">" on
// the same line within maxMarkupTag bytes, with no "<" between.
func markupEnd(body string, i, end int) int {
	if i+2 >= end || body[i] != '<' {
		return i
	}
	k := i + 1
	if body[k] == '/' {
		k++
	}
	n := k
	for n < end && 'a' <= body[n] && body[n] <= 'z' {
		n++
	}
	if n == k || n >= end || !markupTags[body[k:n]] || body[n] != '>' && body[n] != ' ' && body[n] != '/' {
		return i
	}
	for j := n; j < end && j < i+maxMarkupTag; j++ {
		switch body[j] {
		case '>':
			return j + 1
		case '<', '\n':
			return i
		}
	}
	return i
}

func runeAt(s string, i, end int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return r
}

// possessiveAt reports whether an s at i ends a word (the s of "'s").
func possessiveAt(body string, i, end int) bool {
	if i >= end || (body[i] != 's' && body[i] != 'S') {
		return false
	}
	return i+1 == end || !isWordRune(runeAt(body, i+1, end))
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // most text is ASCII: skip the Unicode tables
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

func newToken(body string, i, j int) token {
	text := body[i:j]
	t := token{text: text, start: i, end: j, norm: fold(text)}
	r, _ := utf8.DecodeRuneInString(text)
	t.digit = unicode.IsDigit(r)
	t.upper = unicode.IsUpper(r)
	t.caps = true
	letters := 0
	for _, c := range text {
		if unicode.IsLetter(c) {
			letters++
			if !unicode.IsUpper(c) {
				t.caps = false
			}
		}
	}
	if letters == 0 {
		t.caps = false
	}
	if t.digit && t.caps {
		t.upper = true // G20 written as 20G is rare; "20th" is not caps
	}
	return t
}

// fold lower-cases s and drops accents and apostrophes, so that "Erdoğan"
// and "Erdogan", "Côte d'Ivoire" and "Cote dIvoire" meet on one key.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '\'' {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == utf8.RuneError:
		case r == 'ı':
			b.WriteByte('i')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// nameKey is the lookup key of a name: its tokens' folded forms joined by
// spaces, with hyphens and possessives treated as in running text.
func nameKey(name string) string {
	toks := tokenizeWords(name, 0, len(name))
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.punct {
			if t.text == "." {
				continue
			}
			parts = append(parts, t.norm)
			continue
		}
		parts = append(parts, t.norm)
	}
	return strings.Join(parts, " ")
}

// keysOf returns words and the keys of every set, for a word class.
func keysOf(words []string, sets ...map[string]bool) []string {
	for _, set := range sets {
		words = append(words, slices.Collect(maps.Keys(set))...)
	}
	return words
}
