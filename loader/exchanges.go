package loader

import "strings"

// Exchanges where futures, options and shares are traded ("the Chicago
// Board of Trade (CBOT)", "the London International Financial Futures
// Exchange, LIFFE,") are markets that their members own: what they agree,
// sign or discuss with one another or with firms (links, joint contracts,
// indexes) is business, as a firm's is (commerce.go). Wire copy spells the
// name out once and then calls the exchange by its acronym, so the
// acronym is known as an exchange by the name it glosses.

// exchangeNameEnds close the name of an exchange: "... Options Exchange",
// "... Futures Exchange", "Kansas City Board of Trade".
var exchangeNameEnds = []string{" Exchange", " Board of Trade", " Futures Association", " Clearing House"}

// exchangeName reports a name that closes as an exchange's does, after a
// word of its own: "Chicago Board of Trade" (not "the Board of Trade", a
// British ministry), "Tokyo Stock Exchange", never "Securities and
// Exchange Commission".
func exchangeName(name string) bool {
	for _, end := range exchangeNameEnds {
		if head, ok := strings.CutSuffix(name, end); ok {
			words := strings.Fields(head)
			return len(words) > 0 && words[len(words)-1] != "the" && words[len(words)-1] != "The"
		}
	}
	return false
}

// glossReach bounds how far before an acronym the name it glosses may
// start: "London International Financial Futures Exchange (".
const glossReach = 60

// glossedAs reports whether body spells name out right before it, in
// brackets or between commas, or in brackets right after it, as a name
// that spelledOut accepts: "the Chicago Board Options Exchange (CBOE)",
// "the Chicago Mercantile Exchange, CME,", "the Export Enhancement
// Program's, EEP,", "an EEP (export enhancement program) offer".
func glossedAs(body, name string, spelledOut func(string) bool) bool {
	return anyOccurrence(body, name, func(start, end int) bool {
		if after := strings.TrimLeft(body[end:], " \n\t"); strings.HasPrefix(after, "(") {
			if close := strings.IndexByte(after, ')'); close > 0 && close <= glossReach && spelledOut(strings.Join(strings.Fields(after[1:close]), " ")) {
				return true // "an EEP (export enhancement program) offer"
			}
		}
		before := strings.TrimRight(body[max(0, start-glossReach):start], " \n\t")
		if !strings.HasSuffix(before, "(") && !strings.HasSuffix(before, ",") {
			return false
		}
		before = strings.TrimSuffix(strings.TrimRight(before[:len(before)-1], " \n\t"), "'s")
		return spelledOut(strings.Join(strings.Fields(before), " "))
	})
}

// isExchange reports an organisation named as an exchange: by its own
// name, or as the acronym of one the article spells out.
func (a *article) isExchange(name string) bool {
	return exchangeName(name) || a.glossed(name, glossedExchange)
}

// glossedName keys the article's cache of glosses: a name and the kind of
// name it may gloss.
type glossedName struct {
	name string
	kind glossKind
}

// glossKind says which kind of spelled-out name a gloss is looked up for.
type glossKind int

const (
	glossedExchange glossKind = iota
	glossedProgramme
)

// glossed reports whether the body spells name out as a name of the kind,
// remembering the answer: each look scans the body, and events name the
// same parties again and again.
func (a *article) glossed(name string, kind glossKind) bool {
	key := glossedName{name, kind}
	if v, ok := a.glossedNames[key]; ok {
		return v
	}
	if a.glossedNames == nil {
		a.glossedNames = map[glossedName]bool{}
	}
	spelledOut := exchangeName
	if kind == glossedProgramme {
		spelledOut = programmeName
	}
	v := glossedAs(a.doc.Body, name, spelledOut)
	a.glossedNames[key] = v
	return v
}
