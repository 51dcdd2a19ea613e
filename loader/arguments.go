package loader

import "unicode/utf8"

// This file lets the general rules of event.go attach arguments they
// missed for want of a form: a possessive set off from its name by a
// space (pages whose links were stripped leave "Israel 's air strike"),
// -ing forms the lexicon lacked ("is opposing X", "a statement
// congratulating X"), an -ing form opening a clause read as a gerund
// ("warned that recognizing Kosovo would"), and "the government of X"
// held responsible as X.

// detachedPossessive returns the index after an 's that a single space
// separates from the word ending at j ("Israel 's"), or j when there is
// none. Pages whose link markup was stripped leave the space; the 's must
// end a word, so a quotation opening with an s ("'so-called'") is no
// possessive.
func detachedPossessive(body string, j, end int) int {
	if j+1 >= end || body[j] != ' ' {
		return j
	}
	r, size := utf8.DecodeRuneInString(body[j+1 : end])
	if r != '\'' && r != '’' {
		return j
	}
	if !possessiveAt(body, j+1+size, end) {
		return j
	}
	return j + 1 + size + 1
}

// progressiveLexicon adds the -ing forms some rules of the main lexicon
// list without: "the Government will be opposing the amendments", "has
// issued a statement congratulating Ma", "continued by praising Mr.
// Brown". The progressive and the participle adjunct state the event as
// the finite verb does; the filters of events() (adjectives after "the",
// gerunds after prepositions or opening a clause) apply to them as to
// every -ing form. Forms of promising, supporting and recognising were
// tried and left out: on unseen articles they mostly named acts only
// considered ("considered supporting X") or a party's own members.
var progressiveLexicon = []lexEntry{
	{verbs: "praising lauding welcoming hailing commending applauding congratulating thanking", rule: lexiconRule("praise")},
	{verbs: "dismissing opposing rebuffing spurning snubbing flouting", rule: lexiconRule("reject")},
	{verbs: "apologizing apologising", rule: lexiconRule("apologize")},
	{verbs: "deploring rebuking censuring slamming blasting lambasting chastising castigating decrying assailing berating scolding", rule: lexiconRule("condemn")},
}

// lexiconRule returns a copy of the main lexicon's first rule of that name,
// so that a form added here reads as the rule's other forms do.
func lexiconRule(name string) eventRule {
	for _, e := range lexicon {
		if e.rule.name == name {
			return e.rule
		}
	}
	panic("loader: no lexicon rule " + name)
}

// gerundClauseOpeners open a clause whose subject an -ing form right after them
// is: "warned that recognizing Kosovo would harm ties", "asked whether
// supporting the plan was wise". The -ing form names an act spoken of,
// not one done.
var gerundClauseOpeners = map[string]bool{"that": true, "whether": true, "if": true}

// governingNouns head a phrase that names a state by its government:
// "the government of Lebanon", "the authorities in Sudan".
var governingNouns = map[string]bool{"government": true, "authorities": true, "regime": true, "leadership": true, "administration": true}

// governedState returns the index of the state's name in "government of
// X" or "authorities in X" opening at o, or o when no such phrase opens
// there: the government acts for its state, and the state is the party.
func governedState(toks []token, o int) int {
	if o+2 < len(toks) && governingNouns[toks[o].norm] && (toks[o+1].norm == "of" || toks[o+1].norm == "in") {
		return o + 2
	}
	return o
}
