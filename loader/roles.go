package loader

import "strings"

// This file finds the roles news copy states for people the gazetteer does
// not know, beyond the offices of extract.go: military and service ranks,
// spelled out or abbreviated ("Lance Cpl. X", "Lt. Col. X", "Canadian
// Master Corporal X").

// serviceRanks are the ranks of armed forces, police and ships' crews that
// stand before a name, keyed as titleAt folds them (abbreviations without
// their period). extract.go already holds the ranks that are also titles
// ("general", "colonel", "admiral", "captain", "major general").
var serviceRanks = map[string]string{
	"private": "Private", "pte": "Private", "pvt": "Private", "private first class": "Private First Class",
	"pfc": "Private First Class", "specialist": "Specialist", "spc": "Specialist",
	"corporal": "Corporal", "cpl": "Corporal", "lance corporal": "Lance Corporal", "lance cpl": "Lance Corporal",
	"master corporal": "Master Corporal", "master cpl": "Master Corporal", "sgt": "Sergeant",
	"staff sergeant": "Staff Sergeant", "staff sgt": "Staff Sergeant", "master sergeant": "Master Sergeant",
	"master sgt": "Master Sergeant", "sergeant major": "Sergeant Major", "sgt maj": "Sergeant Major",
	"first sergeant": "First Sergeant", "gunnery sergeant": "Gunnery Sergeant", "gunnery sgt": "Gunnery Sergeant",
	"sergeant first class": "Sergeant First Class", "warrant officer": "Warrant Officer", "petty officer": "Petty Officer",
	"chief petty officer": "Chief Petty Officer", "first officer": "First Officer", "major": "Major",
	"second lieutenant": "Second Lieutenant", "first lieutenant": "First Lieutenant",
	"lieutenant colonel": "Lieutenant Colonel", "lt col": "Lieutenant Colonel", "lt gen": "Lieutenant General",
	"maj gen": "Major General", "brig gen": "Brigadier General", "brig": "Brigadier",
	"lieutenant commander": "Lieutenant Commander", "lt cmdr": "Lieutenant Commander", "lt cdr": "Lieutenant Commander",
	"cmdr": "Commander", "cdr": "Commander", "commodore": "Commodore", "rear admiral": "Rear Admiral",
	"vice admiral": "Vice Admiral", "rear adm": "Rear Admiral", "vice adm": "Vice Admiral",
	"wing commander": "Wing Commander", "squadron leader": "Squadron Leader", "flight lieutenant": "Flight Lieutenant",
	"group captain": "Group Captain", "air marshal": "Air Marshal", "air vice marshal": "Air Vice Marshal",
	"air chief marshal": "Air Chief Marshal",
}

// ranksInCapitals are ranks spelled as ordinary words ("a private firm", "a
// major offensive", "the first officer to"): they are ranks only
// capitalised, before a name.
var ranksInCapitals = map[string]bool{"private": true, "major": true, "specialist": true, "first officer": true}

// extract.go's init has built the rank prefixes and titlePrefixes from
// titles and roleTitles by now (files initialise in name order); ranks
// take no "deputy" or "former", so they join roleTitles here with their
// prefixes.
func init() {
	for key, title := range serviceRanks {
		if _, ok := titles[key]; ok {
			continue
		}
		if _, ok := roleTitles[key]; ok {
			continue
		}
		roleTitles[key] = title
		w := strings.Fields(key)
		for n := 1; n <= len(w); n++ {
			titlePrefixes[strings.Join(w[:n], " ")] = true
		}
	}
}

// rankInLowerCase reports a title read at toks[i:end+1] that is an
// ordinary word in lower case ("a major city"), not a rank.
func rankInLowerCase(toks []token, i, end int) bool {
	if toks[i].upper {
		return false
	}
	key := toks[i].norm
	for k := i + 1; k <= end; k++ {
		if !toks[k].punct {
			key += " " + toks[k].norm
		}
	}
	return ranksInCapitals[key]
}

// rankBeforeName reports a capitalised one-word rank at toks[i]
// ("Commodore", "Corporal", "Sgt"): it stands before a name, never in one.
func rankBeforeName(toks []token, i int) bool {
	w := toks[i].norm
	if strings.Contains(w, " ") || !toks[i].upper {
		return false
	}
	return serviceRanks[w] != "" || w == "captain" || w == "capt" || w == "sergeant" || w == "brigadier" || w == "lieutenant"
}

// endsInInitial reports a name run cut at an initial ("Ivan L." of "Pvt.
// Ivan L. “Chip” Frederick"): a full name ends in a surname.
func endsInInitial(toks []token, last int) bool {
	return len(toks[last].norm) == 1 && last+1 < len(toks) && toks[last+1].text == "."
}
