package loader

// Market demand told by its state or its measure (marketDemandState,
// called from marketDemand in commerce.go): business news speaks of a
// market's demand with the verb "to be" and an adjective ("U.S. demand
// could be sluggish", "expects demand this year to be strong"), as the
// measure in "a lack of demand" or "short of demand", or behind a
// comparative and a country's adjective ("better European demand",
// "additional demand"). Read as a party's demand, each made a REQUEST of
// the country named before it. A party's demand is told otherwise: by its
// maker ("the demand from Washington"), its content ("demand that", "a
// demand for his resignation") or a plural ("a list of demands").

// demandStateVerbs link a market's demand to the adjective of its state:
// "demand could be sluggish", "demand will remain strong".
var demandStateVerbs = map[string]bool{
	"be": true, "is": true, "was": true, "remain": true, "remains": true, "remained": true, "stay": true,
	"stays": true, "stayed": true, "become": true, "became": true, "seemed": true, "appears": true,
}

// demandMeasures are what "of demand" measures: "a lack of demand",
// "short of demand", "the level of demand".
var demandMeasures = map[string]bool{
	"lack": true, "short": true, "shortage": true, "level": true, "levels": true, "growth": true, "slump": true,
	"fall": true, "drop": true, "rise": true, "increase": true, "surge": true, "weakness": true, "strength": true,
	"slowdown": true, "sources": true, "source": true, "excess": true, "volume": true, "pattern": true, "absence": true,
}

// demandComparatives qualify a market's demand by its size or quality,
// a country's adjective standing between or not: "better European
// demand", "additional demand", "minimum demand".
var demandComparatives = map[string]bool{
	"better": true, "worse": true, "poor": true, "poorer": true, "additional": true, "extra": true,
	"minimum": true, "peak": true, "slower": true, "faster": true, "sustained": true, "renewed": true,
	"improved": true, "improving": true, "good": true, "solid": true, "robust": true, "depressed": true,
}

// demandContent open what a party demands or who demands it; the state
// after them may be the demand's own ("the demand for his resignation was
// growing").
var demandContent = map[string]bool{"that": true, "for": true, "from": true, "by": true, "of": true}

// marketDemandState reports "demand" at t as a market's by its state, its
// measure or a comparative before it.
func marketDemandState(toks []token, t int) bool {
	if t < 0 || t >= len(toks) {
		return false
	}
	// "better European demand", "additional demand"
	for k := t - 1; k >= 0 && k >= t-2; k-- {
		if demandComparatives[toks[k].norm] {
			return true
		}
		if k < t-1 || !toks[k].upper || toks[k].punct {
			break
		}
	}
	// "a lack of demand", "short of demand"; a singular demand, not one
	// that names its maker or content ("the lack of demand from X that").
	if toks[t].norm == "demand" && t >= 2 && toks[t-1].norm == "of" && demandMeasures[toks[t-2].norm] {
		if t+1 >= len(toks) || (toks[t+1].norm != "that" && toks[t+1].norm != "from" && toks[t+1].norm != "by") {
			return true
		}
	}
	// "demand could be sluggish", "demand this year to be strong": a verb
	// of state within five words, then a market's adjective or mover.
	for k := t + 1; k < len(toks) && k <= t+5; k++ {
		if toks[k].punct || demandContent[toks[k].norm] {
			return false
		}
		if !demandStateVerbs[toks[k].norm] {
			continue
		}
		if k+1 < len(toks) && (demandQualifiers[toks[k+1].norm] || demandMovers[toks[k+1].norm] || movingForms[toks[k+1].norm]) {
			return true
		}
		return false
	}
	return false
}
