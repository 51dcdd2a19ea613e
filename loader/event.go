package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// eventRule is one way a word signals an event: the PLOVER type and mode it
// gives and how its actor and target are found around it.
type eventRule struct {
	// name names the rule in claims ("visit" gives "verb:visit").
	name string
	// typ and mode are the PLOVER type and default mode.
	typ  graph.EventType
	mode string
	// need, when set, lists words of which one must stand within window
	// tokens of the trigger ("sign" needs "agreement", "supply" needs "arms").
	need   []string
	window int
	// also, when set, lists words of which one must stand within window
	// tokens too ("walked" needs "out" and "talks").
	also []string
	// modes refine the mode by a word near the trigger ("food" aid is humanitarian).
	modes map[string]string
	// preps introduce the target after the trigger ("to", "with", "on").
	preps []string
	// direct: a verb's object right after it is its target ("visited Moscow").
	direct bool
	// ofAgent: "the visit of X" names the actor; otherwise "of" names the target.
	ofAgent bool
	// pair: a meeting of equals, "X and Y met", "summit between X and Y".
	pair bool
	// reverse: the subject receives rather than does ("X hosted Y").
	reverse bool
	// optionalTarget: the event stands without a target (protests, ceasefires).
	optionalTarget bool
	// skipAfter lists objects that cancel the trigger ("released a statement").
	skipAfter []string
	// unlessBefore lists words that cancel the trigger within five tokens
	// before it ("the lifting of sanctions" is no sanction).
	unlessBefore []string
	// placeOnly: the event stands only with a named place or country as
	// its destination ("headed to Moscow"; see consult.go).
	placeOnly bool
	// verbForms holds the rule's verb forms, filled from the lexicon.
	verbForms map[string]bool
}

// lexEntry ties word forms to a rule; noun forms name the event, verb forms
// state it. A form may be both ("visit"): context decides.
type lexEntry struct {
	// verbs and nouns list word forms, space-separated.
	verbs, nouns string
	// rule is what the forms signal.
	rule eventRule
}

var (
	militaryWords     = []string{"weapons", "weapon", "arms", "bombs", "anti-missile", "anti-aircraft", "anti-tank", "warheads", "ammunition", "munitions", "missiles", "missile", "tanks", "artillery", "shells", "drones", "rockets", "jets", "helicopters", "military", "weaponry", "warplanes", "howitzers", "rifles", "firearms", "submarines", "warships", "frigates", "bombers", "grenades", "mortars"}
	humanitarianWords = []string{"food", "humanitarian", "medicine", "medicines", "medical", "relief", "grain", "fuel", "aid", "asylum", "refuge"}
	economicWords     = []string{"money", "loan", "loans", "funds", "funding", "financial", "economic", "credit", "credits", "budget", "grant", "grants", "dollars", "donation", "donations"}
	diplomatWords     = []string{"diplomat", "diplomats", "ambassador", "envoy", "attache", "embassy", "staff", "inspectors", "monitors", "observers"}
	easeWords         = []string{"lift", "lifts", "lifted", "lifting", "ease", "eased", "eases", "easing", "suspension", "suspend", "suspended", "removal", "remove", "removed", "relax", "relaxed", "end", "ended", "ending", "rescind", "rescinded", "scrap", "scrapped", "repeal", "repealed"}
	// restrictionWords are the measures a government lifts at home.
	restrictionWords = []string{"curfew", "restrictions", "ban", "emergency", "martial", "measures", "blackout", "closure", "lockdown"}
	// sanctionWords name sanctions and embargoes.
	sanctionWords = []string{"sanctions", "sanction", "embargo", "embargoes", "boycott", "blockade"}
	// hostilityWords name fighting that can be ended or waged.
	hostilityWords = []string{"hostilities", "fighting", "war", "insurgency", "offensive", "attacks", "rebellion", "occupation", "bombing", "shelling"}
	// protestWords name protests that can be dispersed or banned.
	protestWords = []string{"protest", "protests", "protesters", "protestors", "demonstration", "demonstrations", "demonstrators", "rally", "rallies", "crowd", "crowds", "march", "marchers", "riot", "rioters", "strike", "strikers", "sit-in"}
	// disapprovalWords are what one calls a thing one condemns ("called
	// the remarks irresponsible").
	disapprovalWords = append([]string{"irresponsible", "unacceptable", "provocation", "provocative", "illegal", "illegitimate", "criminal", "crime", "terrorist", "terrorists", "terrorism", "aggression", "aggressive", "dangerous", "hostile", "absurd", "groundless", "baseless", "outrageous", "interference", "violation", "mistake", "lie", "lies", "hypocritical", "hypocrisy", "reckless", "unjustified", "unjust", "null", "void", "racist", "barbaric", "barbarous", "genocide", "shameful", "deplorable", "regrettable", "insult", "insulting", "propaganda", "farce", "sham", "fraud", "fraudulent", "invalid", "unfounded", "slander", "blackmail", "piracy", "occupier", "occupiers", "puppet", "dictator", "rogue", "evil", "enemy", "threat", "threats", "belligerent", "outlaw", "destabilizing", "destabilising", "unconstitutional", "contrary", "insufficient", "inadequate", "disappointing", "counterproductive", "counter-productive"}, pejoratives...)
	// tradeBanWords are what a ban on dealings with a state stops.
	tradeBanWords  = []string{"import", "imports", "export", "exports", "entry", "travel", "flights", "trade", "visas", "investment", "investments", "importation", "importing", "airlines", "carriers", "services", "shipments", "goods", "products"} // the last eight from the third precision audit (coercion_test.go)
	troopWords     = []string{"troops", "soldiers", "forces", "warships", "battalions", "units", "peacekeepers", "contingent", "deployment"}
	agreementWords = []string{"agreement", "agreements", "treaty", "accord", "accords", "deal", "pact", "memorandum", "protocol", "convention", "contract", "declaration", "charter", "communique"}
)

func modeMap(pairs ...any) map[string]string {
	m := map[string]string{}
	for i := 0; i+1 < len(pairs); i += 2 {
		for _, w := range pairs[i].([]string) {
			m[w] = pairs[i+1].(string)
		}
	}
	return m
}

// lexicon lists the triggers. Order matters where forms repeat: the first
// rule whose needs are met wins.
var lexicon = []lexEntry{
	{verbs: "visit visits visited visiting", nouns: "visit visits", rule: eventRule{name: "visit", typ: graph.Consult, mode: "visit", direct: true, preps: []string{"to"}, ofAgent: true}},
	{nouns: "trip trips journey tour", rule: eventRule{name: "trip", typ: graph.Consult, mode: "visit", preps: []string{"to"}, ofAgent: true}},
	{verbs: "travel travels travelled traveled travelling traveling fly flies flew", rule: eventRule{name: "travel", typ: graph.Consult, mode: "visit", preps: []string{"to"}, unlessBefore: travellerGuards}},
	{verbs: "arrive arrives arrived arriving", rule: eventRule{name: "arrive", typ: graph.Consult, mode: "visit", preps: []string{"in"}, unlessBefore: troopWords}},
	{verbs: "host hosts hosted hosting", rule: eventRule{name: "host", typ: graph.Consult, mode: "visit", direct: true, reverse: true}},
	{verbs: "phoned telephoned", rule: eventRule{name: "phone", typ: graph.Consult, mode: "phone", direct: true, preps: []string{"with"}, pair: true}},
	{nouns: "call calls conversation conversations message messages", rule: eventRule{name: "phone", typ: graph.Consult, mode: "phone", need: []string{"phone", "telephone"}, window: 2, preps: []string{"with", "to"}, pair: true}},
	{verbs: "meet meets met", nouns: "meeting meetings summit summits talks encounter", rule: eventRule{name: "meet", typ: graph.Consult, mode: "meet", direct: true, preps: []string{"with"}, ofAgent: true, pair: true}},
	{verbs: "speak speaks spoke talk talked", rule: eventRule{name: "speak-with", typ: graph.Consult, mode: "meet", need: []string{"with"}, window: 1, preps: []string{"with"}, pair: true}},
	{verbs: "consult consults consulted consulting confer confers conferred", nouns: "consultation consultations dialogue discussions", rule: eventRule{name: "consult", typ: graph.Consult, mode: "meet", direct: true, preps: []string{"with"}, pair: true}},
	{verbs: "negotiate negotiates negotiated negotiating", nouns: "negotiations negotiation", rule: eventRule{name: "negotiate", typ: graph.Consult, mode: "negotiate", preps: []string{"with"}, pair: true}},
	{verbs: "mediate mediates mediated mediating", nouns: "mediation mediator", rule: eventRule{name: "mediate", typ: graph.Consult, mode: "mediate", preps: []string{"between", "with"}}},
	{verbs: "invite invites invited inviting", nouns: "invitation invitations", rule: eventRule{name: "invite", typ: graph.Request, mode: "invite", direct: true, preps: []string{"to"}}},
	{verbs: "sign signs signed signing ratify ratifies ratified ratifying", nouns: "signing ratification", rule: eventRule{name: "sign", typ: graph.Support, mode: "sign", need: agreementWords, window: 8, preps: []string{"with"}, pair: true}},
	{verbs: "reached reach reaches", rule: eventRule{name: "reach-agreement", typ: graph.Agree, need: append([]string{"consensus", "understanding"}, agreementWords...), window: 4, preps: []string{"with"}, pair: true}},
	{verbs: "agree agrees agreed agreeing consent consents consented", rule: eventRule{name: "agree", typ: graph.Agree, preps: []string{"with"}, pair: true}},
	{verbs: "ready willing prepared", rule: eventRule{name: "willing", typ: graph.Agree, need: []string{"to"}, window: 1, direct: true, preps: []string{"to", "with"}}},
	{verbs: "accept accepts accepted accepting heed heeds heeded", rule: eventRule{name: "accept-demands", typ: graph.Concede, need: []string{"demands", "demand", "conditions", "terms", "ultimatum"}, window: 3, direct: true, preps: []string{"of", "from", "by"}}},
	{verbs: "accept accepts accepted accepting", rule: eventRule{name: "accept", typ: graph.Agree, direct: true, skipAfter: []string{"responsibility"}}},
	{verbs: "promise promises promised pledge pledges pledged offer offers offered vow vows vowed swear swears swore sworn guarantee guarantees guaranteed", rule: eventRule{name: "promise", typ: graph.Agree, direct: true, preps: []string{"to"}, skipAfter: []string{"condolences", "condolence", "sympathy", "sympathies", "prayers", "thoughts"}}}, // condolences are an empathetic comment (CAMEO 018), no PLOVER event
	{verbs: "tighten tightens tightened tightening toughen toughens toughened extend extends extended extending expand expands expanded widen widens widened", rule: eventRule{name: "tighten-sanctions", typ: graph.Sanction, need: []string{"sanctions", "sanction", "embargo", "embargoes", "boycott"}, window: 4, preps: []string{"on", "against"}}},
	{verbs: "sell sells sold selling buy buys bought buying purchase purchases purchased", nouns: "sale sales purchase purchases",
		rule: eventRule{name: "arms-trade", typ: graph.Cooperate, mode: "military", need: militaryWords, window: 4, preps: []string{"to", "from"}}},
	{verbs: "supply supplies supplied supplying provide provides provided providing deliver delivers delivered delivering send sends sent sending give gives gave giving donate donates donated ship ships shipped transfer transfers transferred transferring grant grants granted granting hand hands handed handing extend extends extended extending contribute contributes contributed contributing", nouns: "supply supplies delivery deliveries transfer transfers shipment shipments",
		rule: eventRule{name: "supply", typ: graph.Aid, need: append(append(append([]string{}, militaryWords...), humanitarianWords...), economicWords...), window: 4,
			modes: modeMap(militaryWords, "military", humanitarianWords, "humanitarian", economicWords, "economic"), preps: []string{"to", "for"}}},
	{nouns: "aid assistance", rule: eventRule{name: "aid", typ: graph.Aid, modes: modeMap(militaryWords, "military", []string{"food", "humanitarian", "medical", "relief", "emergency"}, "humanitarian", economicWords, "economic"), window: 2, preps: []string{"to", "for"}}},
	{verbs: "lift lifts lifted lifting ease eases eased easing relax relaxes relaxed rescind rescinds rescinded scrap scraps scrapped repeal repeals repealed", nouns: "lifting easing suspension removal", rule: eventRule{name: "ease-sanctions", typ: graph.Retreat, mode: "ease", need: sanctionWords, window: 5, direct: true, preps: []string{"on", "against"}}},
	{verbs: "lift lifts lifted lifting ease eases eased easing relax relaxes relaxed rescind rescinds rescinded scrap scraps scrapped repeal repeals repealed shorten shortens shortened cancel cancels cancelled canceled", nouns: "lifting easing", rule: eventRule{name: "ease-restrictions", typ: graph.Concede, need: restrictionWords, window: 5, direct: true, preps: []string{"on", "in", "against"}, optionalTarget: true}},
	{verbs: "call calls called calling", rule: eventRule{name: "call-off", typ: graph.Concede, need: []string{"off"}, window: 1, direct: true, optionalTarget: true}},
	{verbs: "allow allows allowed allowing permit permits permitted permitting", rule: eventRule{name: "allow", typ: graph.Concede, need: []string{"access", "entry", "return", "enter", "participate", "inspectors", "inspections", "aid", "land", "pass", "passage", "leave", "operate", "resume", "visit", "observers", "monitors", "journalists", "refugees", "opposition", "candidates", "elections"}, window: 6, direct: true}},
	{verbs: "declare declares declared declaring announce announces announced proclaim proclaims proclaimed", rule: eventRule{name: "declare-end", typ: graph.Agree, mode: "ceasefire", need: []string{"end"}, also: append([]string{"activities", "violence", "conflict", "hostility", "tension", "tensions", "dispute", "confrontation"}, hostilityWords...), window: 8, preps: []string{"with", "against"}, pair: true}},
	{verbs: "settle settles settled settling resolve resolves resolved resolving", rule: eventRule{name: "settle", typ: graph.Agree, mode: "settle", need: []string{"differences", "dispute", "disputes", "conflict", "row", "quarrel"}, window: 3, preps: []string{"with"}, pair: true}},
	{verbs: "end ends ended ending halt halts halted", rule: eventRule{name: "end-hostilities", typ: graph.Retreat, mode: "ceasefire", need: hostilityWords, window: 3, preps: []string{"with", "against", "on"}, optionalTarget: true}},
	{verbs: "sanction sanctioned sanctioning", nouns: "sanctions sanction embargo", rule: eventRule{name: "sanction", typ: graph.Sanction, direct: true, preps: []string{"on", "against"}, modes: map[string]string{"embargo": "embargo"}, window: 0, unlessBefore: easeWords}},
	{verbs: "establish establishes established establishing restore restores restored restoring normalize normalizes normalized normalise normalises normalised upgrade upgrades upgraded", nouns: "establishment reestablishment restoration normalization normalisation",
		rule: eventRule{name: "establish-ties", typ: graph.Support, need: []string{"ties", "relations", "contacts", "relationship"}, window: 4, preps: []string{"with"}, pair: true}},
	{verbs: "impose imposes imposed imposing", rule: eventRule{name: "impose-sanctions", typ: graph.Sanction, need: []string{"sanctions", "embargo", "ban", "tariffs"}, window: 4, preps: []string{"on", "against"}}},
	{verbs: "expel expels expelled expelling", nouns: "expulsion", rule: eventRule{name: "expel-diplomats", typ: graph.Sanction, mode: "expel", need: diplomatWords, window: 6, direct: true, preps: []string{"from"}}},
	{verbs: "recall recalls recalled recalling withdraw withdraws withdrew withdrawn", nouns: "recall", rule: eventRule{name: "recall-envoy", typ: graph.Sanction, mode: "break", need: []string{"ambassador", "ambassadors", "envoy", "envoys", "diplomats"}, window: 3, preps: []string{"from", "to", "in"}}},
	{verbs: "deny denies denied denying refuse refuses refused", rule: eventRule{name: "deny-entry", typ: graph.Sanction, need: []string{"entry", "visa", "visas", "landing", "overflight", "admission", "admittance"}, window: 3, direct: true, preps: []string{"to"}}},
	{verbs: "expel expels expelled expelling deport deports deported deporting evict evicts evicted evicting", nouns: "expulsion deportation deportations eviction evictions", rule: eventRule{name: "expel", typ: graph.Coerce, mode: "expel", direct: true}},
	{verbs: "suspend suspends suspended suspending", nouns: "suspension", rule: eventRule{name: "suspend-ties", typ: graph.Sanction, mode: "suspend", need: []string{"ties", "relations", "talks", "cooperation", "aid", "assistance", "payments", "membership", "links", "flights", "contacts", "dialogue", "negotiations", "mediation", "trade", "shipments", "shipment", "supplies", "services", "dealings", "exchanges", "loans", "funding", "credits"}, window: 6, preps: []string{"with", "to", "for"}}},
	{verbs: "halt halts halted halting freeze freezes froze frozen block blocks blocked blocking cancel cancels cancelled canceled cut cuts reduce reduces reduced prohibit prohibits prohibited", nouns: "freeze", rule: eventRule{name: "halt-aid", typ: graph.Sanction, need: []string{"aid", "assistance", "loans", "imports", "exports", "trade", "shipments", "sales", "sale", "flights", "supplies", "funding", "payments", "assets", "accounts", "credit", "credits", "links"}, window: 4, preps: []string{"to", "from", "with", "for", "of"}}},
	{verbs: "impose imposes imposed imposing declare declares declared institute instituted", rule: eventRule{name: "impose-curfew", typ: graph.Coerce, need: []string{"curfew", "martial", "siege", "emergency"}, window: 7, preps: []string{"on", "in"}, optionalTarget: true}},
	{verbs: "crack cracks cracked cracking", rule: eventRule{name: "crackdown", typ: graph.Coerce, need: []string{"down"}, window: 1, preps: []string{"on", "against"}, optionalTarget: true}},
	// The noun needs no second word: "need" never counts the trigger itself.
	{nouns: "crackdown crackdowns", rule: eventRule{name: "crackdown", typ: graph.Coerce, preps: []string{"on", "against"}, optionalTarget: true}},
	{verbs: "disperse disperses dispersed dispersing suppress suppresses suppressed suppressing quell quells quelled quelling prevent prevents prevented preventing", rule: eventRule{name: "disperse", typ: graph.Coerce, need: protestWords, window: 3, optionalTarget: true}},
	{verbs: "curtail curtails curtailed curtailing restrict restricts restricted restricting", rule: eventRule{name: "restrict", typ: graph.Coerce, need: []string{"movement", "movements", "access", "activities", "freedom", "operations", "travel", "work"}, window: 4, direct: true, preps: []string{"of", "on"}}},
	{verbs: "blow blows blew blown", rule: eventRule{name: "blow-up", typ: graph.Coerce, mode: "seize", need: []string{"up"}, window: 1, direct: true}},
	{verbs: "set sets setting", rule: eventRule{name: "set-fire", typ: graph.Coerce, mode: "seize", need: []string{"fire", "ablaze", "alight", "afire"}, window: 7, direct: true, preps: []string{"to"}}},
	// A ban on trade or travel with a state is a sanction (ANNOTATION.md:
	// "sanctions ... and travel bans are SANCTION"); other bans coerce.
	{verbs: "ban bans banned banning", rule: eventRule{name: "ban-trade", typ: graph.Sanction, need: tradeBanWords, window: 3, direct: true, preps: []string{"of", "to", "from", "on", "with"}}},
	{verbs: "ban bans banned banning outlaw outlaws outlawed", rule: eventRule{name: "ban", typ: graph.Coerce, direct: true, skipAfter: []string{"on"}}},
	{verbs: "demolish demolishes demolished demolishing torch torches torched torching raze razed bulldoze bulldozed confiscate confiscates confiscated", rule: eventRule{name: "demolish", typ: graph.Coerce, mode: "seize", direct: true}},
	{verbs: "cut cuts severed sever severs broke break breaks breaking", rule: eventRule{name: "cut-ties", typ: graph.Sanction, mode: "break", need: []string{"ties", "relations"}, window: 6, preps: []string{"with"}, pair: true}},
	{verbs: "boycott boycotts boycotted boycotting", nouns: "boycott", rule: eventRule{name: "boycott", typ: graph.Sanction, direct: true}},
	{verbs: "investigate investigates investigated investigating probe probes probed", nouns: "investigation investigations probe inquiry", rule: eventRule{name: "investigate", typ: graph.Accuse, mode: "investigate", direct: true, preps: []string{"into", "against", "of"}}},
	{verbs: "indict indicts indicted indicting sue sues sued suing prosecute prosecutes prosecuted prosecuting", nouns: "indictment prosecution trial hearing", rule: eventRule{name: "indict", typ: graph.Accuse, direct: true, preps: []string{"against", "of", "into"}}},
	{nouns: "evidence proof", rule: eventRule{name: "evidence-against", typ: graph.Accuse, need: []string{"against"}, window: 1, preps: []string{"against"}}},
	{verbs: "summon summons summoned summoning", rule: eventRule{name: "summon-envoy", typ: graph.Accuse, mode: "protest", need: diplomatWords, window: 4, direct: true}},
	{verbs: "complain complains complained complaining", rule: eventRule{name: "complain", typ: graph.Accuse, mode: "protest", preps: []string{"about", "to", "against"}}},
	{verbs: "call calls called calling brand brands branded branding label labels labelled labeled labelling labeling describe describes described describing dub dubs dubbed term terms termed", rule: eventRule{name: "call-names", typ: graph.Accuse, mode: "disapprove", need: disapprovalWords, window: 6, direct: true, skipAfter: []string{"on", "upon", "for", "off", "up"}}},
	{verbs: "compare compares compared comparing liken likens likened", rule: eventRule{name: "compare-insult", typ: graph.Accuse, mode: "disapprove", need: append([]string{"hitler", "nazi", "nazis", "mussolini", "stalin", "fascist", "fascists", "satan", "devil"}, disapprovalWords...), window: 10, direct: true}},
	{verbs: "accuse accuses accused accusing blame blames blamed blaming fault faults faulted faulting allege alleges", nouns: "accusation accusations allegation allegations", rule: eventRule{name: "accuse", typ: graph.Accuse, direct: true, preps: []string{"against"}}},
	{verbs: "condemn condemns condemned condemning criticise criticises criticised criticising criticize criticizes criticized criticizing denounce denounces denounced denouncing repudiate repudiates repudiated repudiating deplore deplores deplored rebuke rebukes rebuked censure censured slam slams slammed blast blasts blasted lambast lambasts lambasted lambaste lambastes chastise chastises chastised castigate castigates castigated reproach reproaches reproached berate berates berated decry decries decried assail assails assailed vilify vilifies vilified scold scolds scolded", nouns: "condemnation criticism denunciation rebuke censure", rule: eventRule{name: "condemn", typ: graph.Accuse, mode: "disapprove", direct: true, preps: []string{"of"}}},
	{verbs: "reject rejects rejected rejecting dismiss dismisses dismissed refuse refuses refused refusing oppose opposes opposed rebuff rebuffs rebuffed spurn spurns spurned snub snubs snubbed defy defies defied defying flout flouts flouted", nouns: "rejection refusal", rule: eventRule{name: "reject", typ: graph.Reject, direct: true, preps: []string{"from", "by"}, skipAfter: []string{"reports", "report", "claims", "allegations"}}},
	{verbs: "decline declines declined renege reneges reneged", rule: eventRule{name: "decline", typ: graph.Reject, direct: true, preps: []string{"on"}}},
	{verbs: "walk walks walked walking", nouns: "walkout", rule: eventRule{name: "walk-out", typ: graph.Sanction, mode: "suspend", need: []string{"talks", "negotiations", "meeting", "session", "summit", "conference", "parliament", "assembly", "walkout"}, also: []string{"out", "walkout"}, window: 8, preps: []string{"with"}}},
	{verbs: "veto vetoes vetoed vetoing", nouns: "veto", rule: eventRule{name: "veto", typ: graph.Reject, mode: "veto", direct: true}},
	{verbs: "threaten threatens threatened threatening", rule: eventRule{name: "threaten", typ: graph.Threaten, direct: true, preps: []string{"against", "to"}, optionalTarget: true}},
	{nouns: "threat threats ultimatum", rule: eventRule{name: "threaten", typ: graph.Threaten, direct: true, preps: []string{"against", "to"}}},
	{verbs: "warn warns warned warning", rule: eventRule{name: "warn", typ: graph.Threaten, need: []string{"against", "consequences", "retaliation", "retaliate", "reprisals", "reprisal", "response", "war", "force", "sanctions", "punishment", "action"}, window: 6, direct: true}},
	{nouns: "strike strikes", rule: eventRule{name: "hunger-strike", typ: graph.Protest, mode: "strike", need: []string{"hunger", "general", "went", "go", "goes", "going", "gone", "workers", "nationwide", "national", "indefinite", "open-ended", "labour", "labor", "teachers", "doctors", "unions", "union", "warning", "token"}, window: 2, preps: []string{"against"}, optionalTarget: true}},
	{verbs: "riot riots rioted rioting", nouns: "riot riots rioting", rule: eventRule{name: "riot", typ: graph.Protest, mode: "riot", preps: []string{"against", "outside"}, optionalTarget: true}},
	{verbs: "kill kills killed killing assassinate assassinates assassinated assassinating", nouns: "killing killings assassination", rule: eventRule{name: "kill", typ: graph.Assault, mode: "kill", direct: true, preps: []string{"of"}, ofAgent: false}},
	{verbs: "kidnap kidnaps kidnapped kidnapping abduct abducts abducted abducting", nouns: "kidnapping kidnappings abduction abductions", rule: eventRule{name: "abduct", typ: graph.Assault, mode: "abduct", direct: true, preps: []string{"of"}}},
	{verbs: "fire fires fired firing launch launches launched launching", rule: eventRule{name: "fire", typ: graph.Assault, mode: "shelling", need: []string{"rockets", "rocket", "missiles", "missile", "shells", "mortars", "mortar", "artillery", "at", "upon", "batteries", "shots", "grenades", "opened", "open", "opens", "opening"}, window: 3, preps: []string{"on", "upon", "at", "into", "against", "across"}}},
	{verbs: "fire fires fired firing", rule: eventRule{name: "fire-on", typ: graph.Assault, preps: []string{"on", "upon", "at", "into", "against", "across"}}},
	{verbs: "torture tortures tortured torturing wound wounds wounded wounding injure injures injured injuring massacre massacres massacred massacring behead beheads beheaded beheading storm storms stormed storming", nouns: "torture massacre massacres", rule: eventRule{name: "hurt", typ: graph.Assault, direct: true, preps: []string{"of", "on"}}},
	{verbs: "beat beats beaten", rule: eventRule{name: "beat-up", typ: graph.Assault, need: []string{"up"}, window: 2, direct: true}},
	{verbs: "shoot shoots shot shooting", nouns: "shooting shootings", rule: eventRule{name: "shoot", typ: graph.Assault, need: []string{"down", "dead", "at", "killed", "wounded", "protesters", "demonstrators", "soldiers", "civilians", "police", "plane", "aircraft", "helicopter", "jet", "drone"}, window: 3, direct: true, preps: []string{"at", "on"}}},
	{verbs: "wage wages waged waging", rule: eventRule{name: "wage-war", typ: graph.Assault, need: []string{"war", "offensive", "campaign", "attacks", "jihad"}, window: 3, preps: []string{"on", "against"}}},
	{nouns: "cleansing", rule: eventRule{name: "ethnic-cleansing", typ: graph.Assault, need: []string{"ethnic"}, window: 1, preps: []string{"of", "against"}}},
	{verbs: "ambush ambushes ambushed ambushing overran overrun overrunning retake retook retaken capture captures captured capturing", nouns: "ambush", rule: eventRule{name: "ambush", typ: graph.Assault, direct: true, preps: []string{"on", "against"}}},
	{nouns: "invasion invasions", rule: eventRule{name: "invade", typ: graph.Assault, direct: true, preps: []string{"of", "on", "against"}}}, // "the invasion of Iraq": "of" names the invaded
	{verbs: "attack attacks attacked attacking invade invades invaded invading raid raids raided", nouns: "attack attacks raid raids offensive assault", rule: eventRule{name: "attack", typ: graph.Assault, direct: true, preps: []string{"on", "against"}}},
	{verbs: "bomb bombs bombed bombing", nouns: "bombing bombings bombardment", rule: eventRule{name: "bomb", typ: graph.Assault, mode: "bombing", direct: true, preps: []string{"on", "of"}}},
	{verbs: "shell shells shelled shelling bombard bombards bombarded bombarding pound pounds pounded pounding", nouns: "shelling", rule: eventRule{name: "shell", typ: graph.Assault, mode: "shelling", direct: true, preps: []string{"of", "on"}}},
	{verbs: "strike struck", nouns: "strike strikes", rule: eventRule{name: "strike", typ: graph.Assault, mode: "strike", need: []string{"air", "missile", "missiles", "drone", "drones", "rocket", "military", "airstrike", "airstrikes", "on", "against", "targeted"}, window: 2, direct: true, preps: []string{"on", "against"}}},
	// An airstrike is an attack whatever stands beside it: "need" never counts the trigger itself.
	{nouns: "airstrike airstrikes", rule: eventRule{name: "strike", typ: graph.Assault, mode: "strike", direct: true, preps: []string{"on", "against"}}},
	{verbs: "clash clashes clashed clashing", nouns: "clash clashes fighting firefight firefights gunbattle gunbattles skirmish skirmishes", rule: eventRule{name: "clash", typ: graph.Assault, mode: "clash", preps: []string{"with"}, pair: true}},
	{verbs: "protest protests protested protesting", rule: eventRule{name: "protest-official", typ: graph.Accuse, mode: "protest", need: []string{"formally", "officially", "strongly", "diplomatically"}, window: 2, direct: true, preps: []string{"to", "with", "against"}}},
	{verbs: "protest protests protested", rule: eventRule{name: "protest-to", typ: graph.Accuse, mode: "protest", need: []string{"to"}, window: 3, preps: []string{"to"}}},
	{nouns: "complaint complaints protest", rule: eventRule{name: "complaint", typ: graph.Accuse, mode: "protest", need: []string{"lodged", "lodge", "lodges", "filed", "formal", "official"}, window: 3, preps: []string{"with", "against", "to"}}},
	{verbs: "protest protests protested protesting demonstrate demonstrated demonstrating rally rallied march marched marching", nouns: "protest protests demonstration demonstrations rally rallies march marches walkout walkouts", rule: eventRule{name: "protest", typ: graph.Protest, need: []string{"against", "outside", "over", "in", "at", "near", "demanding", "across", "staged", "stage", "held", "hold", "organized", "organised", "mass", "street", "thousands", "hundreds", "through", "calling", "demand"}, window: 3, preps: []string{"against", "outside"}, optionalTarget: true}},
	{verbs: "block blocks blocked blocking barricade barricades barricaded", rule: eventRule{name: "block-roads", typ: graph.Protest, need: []string{"road", "roads", "street", "streets", "highway", "highways", "bridge", "railway", "traffic", "border", "crossing", "entrance", "access"}, window: 3, optionalTarget: true}},
	{verbs: "deploy deploys deployed deploying mobilize mobilizes mobilized mobilise mobilises mobilised massed amass amasses amassed station stations stationed", nouns: "deployment mobilization mobilisation buildup build-up", rule: eventRule{name: "deploy", typ: graph.Mobilize, mode: "troops", preps: []string{"to", "in", "near", "along", "against", "into"}, optionalTarget: true}},
	{nouns: "alert", rule: eventRule{name: "alert", typ: graph.Mobilize, mode: "troops", need: []string{"on", "high", "heightened", "maximum"}, window: 2, preps: []string{"against"}, optionalTarget: true}},
	{verbs: "call calls called calling", rule: eventRule{name: "call-up", typ: graph.Mobilize, mode: "troops", need: []string{"reservists", "reserves", "reservist", "conscripts"}, window: 4, optionalTarget: true}},
	{verbs: "reinforce reinforces reinforced strengthen strengthens strengthened bolster bolstered", rule: eventRule{name: "reinforce", typ: graph.Mobilize, mode: "troops", need: troopWords, window: 3, preps: []string{"in", "along", "near", "on"}, optionalTarget: true}},
	{verbs: "blockade blockades blockaded blockading", nouns: "blockade siege", rule: eventRule{name: "blockade", typ: graph.Coerce, mode: "blockade", direct: true, preps: []string{"of", "on", "against"}, unlessBefore: easeWords}},
	{verbs: "send sends sent sending moved moving", rule: eventRule{name: "send-troops", typ: graph.Mobilize, mode: "troops", need: troopWords, window: 4, preps: []string{"to", "into", "against", "towards", "toward"}, optionalTarget: true}},
	{verbs: "enter enters entered entering violate violates violated violating intrude intrudes intruded intruding cross crosses crossed crossing", nouns: "incursion incursions intrusion intrusions", rule: eventRule{name: "incursion", typ: graph.Mobilize, direct: true, preps: []string{"into"}, modes: forceModes}},
	{verbs: "arrest arrests arrested arresting detain detains detained detaining", nouns: "arrest arrests detention", rule: eventRule{name: "arrest", typ: graph.Coerce, mode: "arrest", direct: true}},
	{verbs: "jailed jailing imprison imprisons imprisoned imprisoning", rule: eventRule{name: "jail", typ: graph.Coerce, mode: "arrest", direct: true}},
	{nouns: "warrant warrants", rule: eventRule{name: "arrest-warrant", typ: graph.Coerce, mode: "arrest", need: []string{"arrest"}, window: 1, preps: []string{"for", "against"}}},
	{verbs: "seize seizes seized seizing", nouns: "seizure", rule: eventRule{name: "seize", typ: graph.Coerce, mode: "seize", direct: true}},
	{verbs: "release releases released releasing free frees freed", rule: eventRule{name: "release", typ: graph.Retreat, mode: "release", direct: true, skipAfter: []string{"statement", "report", "video", "figures", "data", "details", "results", "list", "photos", "images", "footage", "document", "documents", "note", "letter", "communique", "declaration", "book", "album", "version", "tape", "recording", "transcript", "draft", "plan", "proposal", "budget", "funds", "decision", "findings", "ruling"}}},
	{verbs: "withdraw withdraws withdrew withdrawn withdrawing", nouns: "withdrawal pullout", rule: eventRule{name: "withdraw", typ: graph.Retreat, mode: "withdraw", preps: []string{"from"}}},
	{verbs: "pull pulls pulled pulling", rule: eventRule{name: "pull-out", typ: graph.Retreat, mode: "withdraw", need: []string{"out", "back"}, window: 3, preps: []string{"from", "of"}}},
	{verbs: "disarm disarms disarmed demobilize demobilized demobilise demobilised surrender surrenders surrendered", nouns: "disarmament demobilization demobilisation surrender", rule: eventRule{name: "disarm", typ: graph.Retreat, preps: []string{"to"}, optionalTarget: true}},
	// A resignation yields office (CAMEO 08, PLOVER CONCEDE), as the annotators code it.
	{verbs: "resign resigns resigned resigning", nouns: "resignation", rule: eventRule{name: "resign", typ: graph.Concede, preps: []string{"from", "as"}, optionalTarget: true}},
	{nouns: "ceasefire truce armistice", rule: eventRule{name: "ceasefire", typ: graph.Retreat, mode: "ceasefire", preps: []string{"with"}, pair: true, optionalTarget: true}},
	{verbs: "regret regrets regretted", nouns: "regret", rule: eventRule{name: "regret", typ: graph.Concede, mode: "apologize", direct: true, preps: []string{"to", "over"}}},
	{verbs: "concede concedes conceded yield yields yielded", rule: eventRule{name: "concede", typ: graph.Concede, direct: true, preps: []string{"to"}}},
	{verbs: "apologise apologises apologised apologize apologizes apologized", nouns: "apology apologies", rule: eventRule{name: "apologize", typ: graph.Concede, mode: "apologize", preps: []string{"to"}}},
	{verbs: "share shares shared sharing exchange exchanges exchanged exchanging", rule: eventRule{name: "share-intelligence", typ: graph.Cooperate, mode: "intelligence", need: []string{"intelligence", "information", "evidence", "expertise", "data"}, window: 3, preps: []string{"with"}, pair: true}},
	{nouns: "exercises exercise drills drill manoeuvres maneuvers games", rule: eventRule{name: "exercises", typ: graph.Cooperate, mode: "military", need: []string{"joint", "military", "naval", "war"}, window: 2, preps: []string{"with"}, pair: true}},
	{verbs: "extradite extradites extradited extraditing", nouns: "extradition", rule: eventRule{name: "extradite", typ: graph.Cooperate, mode: "judicial", preps: []string{"to"}, skipAfter: extraditionSteps}},
	{verbs: "cooperate cooperates cooperated cooperating collaborate collaborates collaborated", nouns: "cooperation collaboration", rule: eventRule{name: "cooperate", typ: graph.Cooperate, preps: []string{"with"}, pair: true,
		modes: map[string]string{"military": "military", "defence": "military", "defense": "military", "economic": "economic", "trade": "economic", "intelligence": "intelligence", "judicial": "judicial"}, window: 2}},
	{verbs: "support supports supported backs backed endorse endorses endorsed defend defends defended defending", nouns: "backing endorsement", rule: eventRule{name: "support", typ: graph.Support, direct: true, preps: []string{"for"}}},
	{verbs: "praise praises praised laud lauds lauded welcome welcomes welcomed hail hails hailed commend commends commended applaud applauds applauded congratulate congratulates congratulated thank thanked", nouns: "praise", rule: eventRule{name: "praise", typ: graph.Support, mode: "praise", direct: true}},
	{verbs: "recognise recognises recognised recognize recognizes recognized", nouns: "recognition", rule: eventRule{name: "recognize", typ: graph.Support, mode: "recognize", direct: true}},
	{verbs: "urge urges urged urging request requested requesting appeal appealed ask asks asked asking implore implores implored plead pleads pleaded exhort exhorts exhorted beseech besought petition petitioned lobby lobbies lobbied presses", nouns: "request requests appeal appeals plea pleas", rule: eventRule{name: "request", typ: graph.Request, direct: true, preps: []string{"to", "on"}}},
	{verbs: "seek seeks sought seeking", rule: eventRule{name: "seek", typ: graph.Request, need: []string{"help", "aid", "support", "assistance", "asylum", "refuge", "extradition", "release", "clarification", "explanation", "compensation", "guarantees"}, window: 3, preps: []string{"from", "in"}}},
	{verbs: "expect expects", rule: eventRule{name: "expect", typ: graph.Request, direct: true}}, // only "expect X to V": see expectedOfSomeone
	{verbs: "pressed pressure pressures pressured pressuring", rule: eventRule{name: "pressure", typ: graph.Request, direct: true, preps: []string{"on"}, skipAfter: []string{"ahead", "charges", "charge"}}},
	{verbs: "push pushes pushed pushing", rule: eventRule{name: "push-for", typ: graph.Request, need: []string{"for"}, window: 2, direct: true, preps: []string{"for", "on"}}},
	{verbs: "must should ought", rule: eventRule{name: "must", typ: graph.Request}},
	{verbs: "demand demands demanded demanding", nouns: "demand demands", rule: eventRule{name: "demand", typ: graph.Request, mode: "demand", direct: true, preps: []string{"of", "from"}}},
	{verbs: "call calls called calling", rule: eventRule{name: "call-on", typ: graph.Request, need: []string{"on", "upon", "for"}, window: 1, preps: []string{"on", "upon", "for"}}},
	{verbs: "turn turns turned turning", rule: eventRule{name: "turn-down", typ: graph.Reject, need: []string{"down"}, window: 1, direct: true}},
	// "received weapons from X": the type comes from the object (see receivedFrom).
	{verbs: "receive receives received receiving", rule: eventRule{name: "receive", typ: graph.Aid, need: []string{"from"}, window: 5}},
}

// trigger is a lexicon hit: the form's rules and whether it may be a noun
// or a verb.
type trigger struct {
	// rules are the rules the form may signal, in lexicon order.
	rules []*eventRule
	// verb and noun say whether the form is a verb form, a noun form or both.
	verb, noun bool
}

// triggers indexes the lexicon by folded word form.
var triggers = func() map[string]*trigger {
	m := map[string]*trigger{}
	// The narrower entries go first.
	entries := slices.Concat(
		forceActsFirst, concessionFirst, coverageFirst, refugeeHostLexicon, protestPurposeLexicon, streetProtestLexicon, gatheredProtestersLexicon, presenceLexicon, typeAuditLexicon, conflictLexicon, forceLexicon, coercionLexicon, legalLexicon, verbalLexicon, meetingsLexicon,
		consultLexicon, pairsLexicon, implicitLexicon, reciprocalLexicon, lexicon, coverageLexicon,
		progressiveLexicon,
		tiesLexicon, controlLexicon,
		resignationLexicon,
		promiseLexicon,
		pressClosureLexicon,
		forceVerbsLexicon,
		suppressedProtestLexicon,
		forceActsLexicon,
		rescueLexicon,
		evacuationLexicon,
	)
	for i := range entries {
		e := &entries[i]
		e.rule.verbForms = map[string]bool{}
		// add files e's rule under the word form f.
		add := func(f string) *trigger {
			t := m[f]
			if t == nil {
				t = &trigger{}
				m[f] = t
			}
			if !slices.Contains(t.rules, &e.rule) {
				t.rules = append(t.rules, &e.rule)
			}
			return t
		}
		for _, f := range strings.Fields(e.verbs) {
			e.rule.verbForms[f] = true
			add(f).verb = true
		}
		for _, f := range strings.Fields(e.nouns) {
			add(f).noun = true
		}
	}
	return m
}()

// candidate is one statement of an event by one sentence, before merging.
type candidate struct {
	// typ and mode are the PLOVER type and mode the rule gives.
	typ  graph.EventType
	mode string
	// actors and targets are the article's entities taking part.
	actors, targets []*graph.Entity
	// location is where it happens, or nil.
	location *graph.Entity
	// date and precision come from the sentence's date cue, if any.
	date      string
	precision graph.Precision
	// status is "" when the sentence does not say; merge fills it in.
	status graph.Status
	// confidence is the rule's confidence in [0,1].
	confidence float64
	// rule names the rule that fired ("noun:visit-by").
	rule string
	// sent is the sentence stating the event.
	sent sentence
	// trigger is the index of the trigger token in the sentence.
	trigger int
	// noun is set when the trigger is a nominalisation.
	noun bool
	// pair marks a meeting of equals, which may be stated either way round.
	pair bool
	// occasion marks an event noun naming the setting of its sentence's
	// act ("during his visit"), dated by that act (occasions.go).
	occasion bool
	// optionalTarget lets the event stand without a target.
	optionalTarget bool
	// openTarget marks a reading whose sentence leaves the target's slot
	// empty, not filled by a party it does not name (counterparts.go).
	openTarget bool
	// partner is the second of a coordinated subject that acts with the
	// first on a third party (jointsubjects.go), until joinPartner
	// places it.
	partner *graph.Entity
}

// sentenceView bundles what rules look at in one sentence.
type sentenceView struct {
	// toks are the sentence's tokens.
	toks []token
	// ms are its mentions, in text order.
	ms []mention
	// at maps a token index to the mention covering it, or -1.
	at []int
	// lastActor is the grammatical subject of the sentence's previous verb
	// trigger (its actor, or its target when passive or reversed), the
	// subject of a coordinated verb ("met X and visited Y"); nil when a
	// passive names none.
	lastActor *graph.Entity
	// lastTrigger is the token index of that verb, or -1.
	lastTrigger int
	// lastAgent is the agent of that verb when it was passive ("were
	// captured by X"), else nil; lastActor is then its subject.
	lastAgent *graph.Entity
	// lastTarget is the first target of the sentence's last event, for "it".
	lastTarget *graph.Entity
	// quoteCarried caches continuesQuotation(toks) for quoted: 0 until asked,
	// then 1 (no) or 2 (yes).
	quoteCarried uint8
}

func newView(toks []token, ms []mention) *sentenceView {
	v := &sentenceView{toks: toks, ms: ms, at: make([]int, len(toks)), lastTrigger: -1}
	for i := range v.at {
		v.at[i] = -1
	}
	for n, m := range ms {
		for k := m.first; k <= m.last && k < len(toks); k++ {
			v.at[k] = n
		}
	}
	return v
}

// usable reports whether a mention can be an actor or target.
func usable(m mention) bool { return !m.modifier && !m.place }

// maxArgGap bounds how far rules look for arguments, keeping work linear
// in sentence length however long a sentence is.
const maxArgGap = 15

// prev returns the nearest usable mention ending before t, within the
// clause, or -1. A country named as a location ("in Israel") is where the
// subject is, not the subject.
func (v *sentenceView) prev(t int) int {
	for k := t - 1; k >= 0 && k >= t-maxArgGap; k-- {
		if n := v.at[k]; n >= 0 && usable(v.ms[n]) && !v.locative(n) {
			return n
		}
		if clauseBreak(v.toks[k]) {
			return -1
		}
	}
	return -1
}

// locative reports a mention right after "in", "at" or the like, perhaps
// through "the" ("a confidence vote in the Italian Senate"). Officials
// "in" a body other than a state belong to it rather than stand in it
// ("officials in the Bush administration"): that body is no place.
func (v *sentenceView) locative(n int) bool {
	f := v.ms[n].first
	if f > 1 && v.toks[f-1].norm == "the" {
		f--
	}
	if f < 1 || !(v.toks[f-1].norm == "in" || v.toks[f-1].norm == "at" || v.toks[f-1].norm == "inside" || v.toks[f-1].norm == "near") {
		return false
	}
	k := v.ms[n].ent.Kind
	return f < 2 || !memberNouns[v.toks[f-2].norm] || k == graph.Country || k == graph.Location
}

// memberNouns name people by the body they belong to: "officials in",
// "hardliners within".
var memberNouns = map[string]bool{
	"official": true, "officials": true, "member": true, "members": true, "hardliners": true, "sources": true, "figures": true,
}

// next returns the first usable mention starting after t within the
// clause, or -1.
func (v *sentenceView) next(t int) int {
	for k := t + 1; k < len(v.toks) && k <= t+maxArgGap; k++ {
		if n := v.at[k]; n >= 0 && usable(v.ms[n]) {
			return n
		}
		if clauseBreak(v.toks[k]) && !listColon(v.toks, k) {
			return -1
		}
	}
	return -1
}

// listColon reports a colon that opens the names of the people the noun
// before it counts: "released four dissidents: A, B and C".
func listColon(toks []token, k int) bool {
	return toks[k].text == ":" && k > 0 && personPlurals[toks[k-1].norm]
}

// afterPrep returns the first usable mention introduced by one of preps
// within the clause after t, allowing determiners, titles and modifiers
// between the preposition and the mention.
func (v *sentenceView) afterPrep(t int, preps []string) int {
	tried := false
	for k := t + 1; k < len(v.toks) && k <= t+maxArgGap; k++ {
		if v.toks[k].text == "(" {
			k = v.skipBrackets(k) // "suspended £30m ($54m) of aid to Ethiopia"
			continue
		}
		if clauseBreak(v.toks[k]) {
			return -1
		}
		if !slices.Contains(preps, v.toks[k].norm) {
			continue
		}
		if tried {
			return -1 // only the first such preposition introduces the target
		}
		tried = true
		for j := k + 1; j < len(v.toks) && j <= k+6; j++ {
			if n := v.at[j]; n >= 0 {
				if usable(v.ms[n]) || j-k <= 2 && v.ledLeader(n) {
					return n // "aid to the US-led war": nested.go
				}
				j = v.ms[n].last
				continue
			}
			u := v.toks[j]
			if u.norm == "the" || u.norm == "a" || u.norm == "an" || titles[u.norm] != "" || isTitleWord(u.norm) || u.text == "," || u.norm == "to" || u.norm == "of" {
				continue
			}
			if u.norm == "in" && j-k <= 4 {
				if n := v.countryIn(j); n >= 0 {
					return n // "on towns in northern Israel"
				}
			}
			if !u.punct && !u.upper && j-k <= 2 && !triggerWord(u.norm) {
				continue // "on northern Israel"
			}
			break
		}
	}
	return -1
}

// placeAfterPrep returns the city named right after the first of preps
// in the clause after t ("arrived in Beijing"), or -1.
func (v *sentenceView) placeAfterPrep(t int, preps []string) int {
	for k := t + 1; k+1 < len(v.toks) && k <= t+4; k++ {
		if clauseBreak(v.toks[k]) || v.toks[k].punct {
			return -1
		}
		if !slices.Contains(preps, v.toks[k].norm) {
			continue
		}
		if n := v.at[k+1]; n >= 0 && v.ms[n].place && v.ms[n].first == k+1 {
			return n
		}
		return -1
	}
	return -1
}

// placeObject returns the place named as the direct object of the verb at
// t ("visited Shanghai", "toured the West Bank"), or -1.
func (v *sentenceView) placeObject(t int) int {
	k := t + 1
	if k < len(v.toks) && v.toks[k].norm == "the" {
		k++
	}
	if k < len(v.toks) {
		if n := v.at[k]; n >= 0 && v.ms[n].place && v.ms[n].first == k && v.ms[n].ent.Kind == graph.Location {
			return n
		}
	}
	return -1
}

// forcePlace returns the place force or coercion at t is used in or on:
// the event's place ("reimposed blockades in the West Bank"), else the
// place the verb takes as its object ("bombed Gaza", "raided Fallujah",
// "attacked the West Bank town of Jenin") or the noun takes after "on" or
// "against" ("a blockade on Gaza").
func (v *sentenceView) forcePlace(t int, c *candidate, noun bool) *graph.Entity {
	if p := v.eventPlace(t, c); p != nil {
		return p
	}
	n := v.placeAfterPrep(t, []string{"on", "against"})
	if !noun {
		n = v.placeObject(t)
	}
	if n < 0 {
		return nil
	}
	return v.ms[n].ent
}

// compassWords qualify a country named as a region of it.
var compassWords = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true, "north": true, "south": true, "east": true, "west": true}

// countryIn returns the country named by its name (not a demonym) right
// after "in" at j, perhaps after a compass word: "in northern Israel".
func (v *sentenceView) countryIn(j int) int {
	k := j + 1
	if k < len(v.toks) && compassWords[v.toks[k].norm] {
		k++
	}
	if k < len(v.toks) {
		if n := v.at[k]; n >= 0 && v.ms[n].first == k && v.ms[n].form == formName && v.ms[n].ent.Kind == graph.Country && !v.ms[n].modifier {
			return n
		}
	}
	return -1
}

// clauseWords open a new clause or phrase that a target never lies beyond.
var clauseWords = map[string]bool{"that": true, "which": true, "who": true, "and": true, "or": true, "but": true, "after": true, "before": true, "because": true, "while": true, "for": true, "with": true, "by": true}

// skipBrackets returns the index of the ")" closing the "(" at k, or k
// when it does not close within a few words.
func (v *sentenceView) skipBrackets(k int) int {
	for j := k + 1; j < len(v.toks) && j <= k+8; j++ {
		if v.toks[j].text == ")" {
			return j
		}
	}
	return k
}

// complementTarget finds the target of a verb whose complement is an
// infinitive clause: "offered to make peace with Lebanon", "agreed to
// support Venezuela's bid". It is the first usable mention of that clause.
func (v *sentenceView) complementTarget(t int) int {
	k := t + 1
	if k+1 >= len(v.toks) || v.toks[k].norm != "to" || v.at[k+1] >= 0 || v.toks[k+1].upper || v.toks[k+1].punct {
		return -1
	}
	for j := k + 1; j < len(v.toks) && j <= k+10; j++ {
		if n := v.at[j]; n >= 0 {
			if l := v.ms[n].last; l+1 < len(v.toks) && triggers[v.toks[l+1].norm] != nil && triggers[v.toks[l+1].norm].noun {
				j = l
				continue // "a suspension of EU sanctions": EU qualifies the noun
			}
			if usable(v.ms[n]) && !v.locative(n) || v.ledLeader(n) {
				return n // "refused assistance to the US-led war": nested.go
			}
			j = v.ms[n].last
			continue
		}
		if v.toks[j].punct || clauseWords[v.toks[j].norm] && v.toks[j].norm != "with" && v.toks[j].norm != "for" {
			return -1
		}
	}
	return -1
}

// oppositionTarget reports whether mention n is what an act in the noun
// phrase complementing the verb at t is against: "was opposed to the use
// of violence against China's rule" rejects the violence, not China. An
// infinitive keeps its party: "refused to rule out a strike against Iran"
// (modality.go).
func (v *sentenceView) oppositionTarget(t, n int) bool {
	if t+2 >= len(v.toks) || !nounDeterminers[v.toks[t+2].norm] {
		return false
	}
	k := v.ms[n].first - 1
	if k >= 0 && v.toks[k].norm == "the" {
		k--
	}
	return k >= 0 && v.toks[k].norm == "against"
}

func clauseBreak(t token) bool {
	return t.punct && (t.text == ";" || t.text == ":" || t.text == "(" || t.text == ")" || t.text == "—")
}

// beForms and auxiliaries sit between a subject and its verb.
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "be": true, "been": true,
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true, "might": true,
	"did": true, "does": true, "do": true, "also": true, "then": true, "later": true, "reportedly": true, "allegedly": true,
	"not": true, "never": true, "already": true, "recently": true, "subsequently": true, "to": true, "set": true, "due": true,
	"expected": true, "scheduled": true, "planning": true, "plans": true, "planned": true, "going": true, "finally": true,
	"publicly": true, "officially": true, "formally": true, "strongly": true, "once": true, "again": true, "jointly": true,
}

var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true, "got": true, "get": true}

// nounContext reports whether a form that may be noun or verb reads as a
// noun here: after a determiner, possessive or modifier, or before "by",
// "of", "between".
func nounContext(v *sentenceView, t int) bool {
	next := t + 1
	if next < len(v.toks) && v.toks[next].text == "(" && v.skipBrackets(next) > next {
		next = v.skipBrackets(next) + 1 // "the arrest (according to X) of"
	}
	if next < len(v.toks) {
		switch v.toks[next].norm {
		case "by", "of", "between", "is", "was", "will", "would", "has", "had", "came", "comes", "took", "takes", "follows", "followed", "heightens":
			return true
		}
	}
	if t == 0 {
		return false
	}
	p := v.toks[t-1]
	if p.poss || (t >= 2 && v.toks[t-2].hyphen) {
		return true // "Iran's attack", "a day-old blockade"
	}
	if t >= 2 && v.toks[t-2].poss && patientNouns[v.toks[t].norm] && !p.punct && !p.upper && v.at[t-1] < 0 && !auxiliaries[p.norm] {
		return true // "Suu Kyi's house arrest": what befell the owner, one word between
	}
	if verbObject(v, t) {
		return true // "heeding demands", "rejected calls": the object of a verb
	}
	if t >= 2 && eventAdjectives[p.norm] && (v.toks[t-2].poss || determiners[v.toks[t-2].norm]) {
		return true // "the deadly protests", "last week's violent clashes"
	}
	if n := v.at[t-1]; n >= 0 && v.ms[n].form == formDemonym {
		return true
	}
	switch p.norm {
	case "air", "missile", "drone", "rocket", "phone", "telephone", "food", "military", "peace", "border", "trade", "house",
		"nuclear", "bilateral", "joint", "naval", "artillery", "diplomatic", "economic", "humanitarian":
		return true
	case "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "upcoming", "forthcoming",
		"impending", "planned", "approaching", "proposed", "recent", "first", "official", "state", "supposed", "possible",
		"historic", "landmark", "last", "next", "latest", "any", "such", "two-day", "day", "week", "surprise", "further":
		return true
	}
	return false
}

// eventAdjectives qualify an event noun after a determiner or possessive:
// "the deadly protests" is a noun where "the government protests" may be
// a verb.
var eventAdjectives = map[string]bool{
	"deadly": true, "violent": true, "peaceful": true, "massive": true, "mass": true, "large": true, "huge": true,
	"big": true, "small": true, "widespread": true, "bloody": true, "fresh": true, "renewed": true, "new": true,
	"continuing": true, "ongoing": true, "daily": true, "nationwide": true, "repeated": true, "sporadic": true,
	"angry": true, "fierce": true, "heavy": true, "similar": true, "previous": true, "earlier": true, "unprecedented": true,
}

// verbObject reports a form at t that stands right after a participle or
// past form of another verb, as its object: "pledging support for X",
// "rejected calls". Auxiliaries, forms of "be" and the support verbs that
// carry an event noun ("held talks") are left to the frames that read them.
func verbObject(v *sentenceView, t int) bool {
	if t == 0 || strings.HasSuffix(v.toks[t].norm, "ing") {
		return false
	}
	p := v.toks[t-1]
	return !p.punct && !p.upper && v.at[t-1] < 0 && (strings.HasSuffix(p.norm, "ing") || strings.HasSuffix(p.norm, "ed")) &&
		!auxiliaries[p.norm] && !beForms[p.norm] && !supportVerbs[p.norm]
}

// weaponNouns are forms of assault verbs that are also the plural of a
// weapon: "North Korea shells Yeonpyeong" against "supplied shells".
var weaponNouns = map[string]bool{"shells": true, "bombs": true}

// transferWords trade or hand over what follows them: a weapon they govern
// is goods ("sold shells", "the delivery of bombs"), not an attack.
var transferWords = map[string]bool{
	"supply": true, "supplies": true, "supplied": true, "supplying": true, "provide": true, "provides": true, "provided": true,
	"providing": true, "deliver": true, "delivers": true, "delivered": true, "delivering": true, "delivery": true, "deliveries": true,
	"send": true, "sends": true, "sent": true, "sending": true, "ship": true, "ships": true, "shipped": true, "shipping": true,
	"shipment": true, "shipments": true, "sell": true, "sells": true, "sold": true, "selling": true, "sale": true, "sales": true,
	"buy": true, "buys": true, "bought": true, "buying": true, "purchase": true, "purchases": true, "purchased": true,
	"transfer": true, "transfers": true, "transferred": true, "give": true, "gives": true, "gave": true, "giving": true,
	"export": true, "exports": true, "exported": true, "import": true, "imports": true, "imported": true, "acquire": true,
	"acquired": true, "order": true, "ordered": true, "produce": true, "produced": true, "manufacture": true, "manufactured": true,
	"stockpile": true, "stockpiles": true, "smuggle": true, "smuggled": true, "smuggling": true, "stock": true, "stocks": true,
}

// weaponBefore are words after which a weapon word is a noun: quantities,
// kinds of shell and determiners ("millions of shells", "artillery shells").
var weaponBefore = map[string]bool{
	"of": true, "artillery": true, "tank": true, "mortar": true, "howitzer": true, "cluster": true, "phosphorus": true,
	"nuclear": true, "the": true, "these": true, "those": true, "such": true, "more": true, "million": true, "millions": true,
	"thousand": true, "thousands": true, "hundreds": true, "many": true, "some": true, "no": true, "any": true, "and": true,
	"or": true, "with": true, "its": true, "their": true, "explosive": true, "unexploded": true, "smart": true,
}

// weaponNoun reports whether the trigger at t is a weapon named as a thing
// rather than an attack stated by a verb: after a trade or transfer word
// within four tokens, a quantity, a determiner or a kind of shell, or
// before a preposition or conjunction no attack verb takes ("shells to",
// "shells and missiles").
func weaponNoun(toks []token, t int) bool {
	if !weaponNouns[toks[t].norm] {
		return false
	}
	if t > 0 && (toks[t-1].digit || weaponBefore[toks[t-1].norm]) {
		return true
	}
	if t+1 < len(toks) {
		switch toks[t+1].norm {
		case "to", "from", "and", "or", "for", "were", "are", "was", "is", "have", "had", "that", "which":
			return true
		}
	}
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if transferWords[toks[k].norm] {
			return true
		}
		if toks[k].punct {
			break
		}
	}
	return false
}

// events finds the events a sentence states and adds them to the article.
func (a *article) events(s sentence, toks []token, ms []mention) {
	v := newView(toks, ms)
	a.placeEarlierEvents(s, v) // locations.go: "The meeting was held in Geneva"
	type hit struct {
		t    int        // trigger token
		rule *eventRule // first rule whose needs are met
		noun bool       // read as a nominalisation
	}
	var hits []hit
	for t, tok := range toks {
		if tok.punct || tok.hyphen || (t > 0 && toks[t-1].hyphen && toks[t-1].norm != "re") || v.at[t] >= 0 {
			continue // compounds ("agreed-upon") and names are not triggers
		}
		if !tok.is(classTrigger) {
			continue
		}
		tr := triggers[tok.norm]
		if tr == nil {
			continue
		}
		noun := tr.noun && (!tr.verb || nounContext(v, t) || datedNoun(toks, t))
		if stationNoun(toks, t) {
			continue // "a television station": a place, not a deployment
		}
		if otherSense(toks, t) {
			continue // "released a statement", "support the dollar": another sense
		}
		if travelNoun(toks, t) {
			continue // "banned travel to Cuba", "all but essential travel": consult.go
		}
		if !tr.noun && datedNoun(toks, t) {
			continue // "the 1981 attack": a noun this lexicon does not read
		}
		if skippedTrialHit(toks, t) {
			continue // accusedtrials.go: "was found guilty", "went on trial": the subject is the accused
		}
		if !noun && harmsPatient(tr) && (agentlessParticiple(toks, t) || agentlessPassivePair(toks, t)) {
			continue // "was found shot and killed": the victim is named, not the doer
		}
		if assaultTrigger(tr) && sportSense(toks, t) {
			continue // "attacked in the second half and scored": play, not force
		}
		if !noun && objectlessParticiple(v, t) {
			continue // "journalists kidnapped last month in Iraq": only the victims are named
		}
		if !noun && t > firstWord(toks) && tok.upper {
			continue // "Visiting Fellow": a capitalised verb form is part of a name
		}
		if !noun && (strings.HasSuffix(tok.norm, "ing") || strings.HasSuffix(tok.norm, "ed")) && t > 0 && adjectivalBefore[toks[t-1].norm] {
			continue // "two visiting lawmakers": a participle used as an adjective
		}
		if !noun && t > 0 && strings.HasSuffix(tok.norm, "ing") && (gerundPrepositions[toks[t-1].norm] || gerundClauseOpeners[toks[t-1].norm]) {
			continue // "warned against visiting Iraq": an act spoken of, not done
		}
		if !noun && (reducedRelative(v, t) || detentionParticiple(toks, t)) {
			continue // "prisoners detained in Israel": a participle qualifying a noun
		}
		if !noun && !tr.noun && t > 0 && (determinedNoun(v, t) || (nounPrepositions[toks[t-1].norm] && !strings.HasSuffix(tok.norm, "ing"))) {
			continue // "the release of": a noun this lexicon does not read
		}
		if !noun && !tr.noun && verbObject(v, t) && strings.HasSuffix(toks[t-1].norm, "ing") {
			// ", pledging support for": the object of a participle, not a
			// verb. (After a past form the verb reading is kept: "Israel
			// reimposed blockades in the West Bank" states the blockade.)
			continue
		}
		if !noun && carriesNoun(v, t) && !framesItsObject(tok) && !refusesItsObject(v, t) && !a.reactsToEarlierEvent(v, t) {
			continue // "offered an apology", "launched an attack": the noun states the event
		}
		if !noun && ownedPatientNoun(toks, t) {
			continue // "after his capture in Afghanistan": a noun whose owner it befell
		}
		if !noun && selfHarm(toks, t) {
			continue // "had killed himself": no one attacked him
		}
		if !noun && weaponNoun(toks, t) {
			continue // "supplied artillery shells to Russia": a weapon traded, not a shelling
		}
		for _, r := range tr.rules {
			if r.matches(toks, t) {
				hits = append(hits, hit{t: t, rule: r, noun: noun || !r.verbForms[tok.norm]})
				break
			}
		}
	}
	evaluations := slices.Concat(
		a.evaluations(s, v), a.verbalFrames(s, v), a.quotedFrames(s, v), a.accusations(s, v), a.judgements(s, v),
		a.responsibilityClaims(s, v), a.victimsClashes(s, v), a.requestFrames(s, v), a.implicitFrames(s, v), a.crowdCustodyFrames(s, v), a.amongArrested(s, v),
		a.conditionalWarnings(s, v), a.warnedClauses(s, v), a.warningNouns(s, v), a.reportedAccusations(s, v), a.deniedClaims(s, v), a.disappointedBy(s, v),
		a.deniedEarlierClaims(s, v),
		a.legalActions(s, v), a.protestsHeldIn(s, v), a.heldToAccount(s, v), a.blameLiesWith(s, v), a.voicedOpposition(s, v),
		a.presenceFrames(s, v),
		a.agreementFrames(s, v), a.phoneCallFrames(s, v),
		a.coordinatedRequests(s, v),
		a.appositiveDenials(s, v),
		a.releasedCaptives(s, v),
		a.receivedGuests(s, v),
		a.aidFrames(s, v),
		a.helpFrames(s, v),
		a.workTogetherFrames(s, v),
		a.sideTakingFrames(s, v),
		a.ownedAgreements(s, v),
		a.protestActs(s, v),
		a.legalFrames(s, v),
		a.contactFrames(s, v),
		a.materialFrames(s, v),
		a.verbalActs(s, v),
		a.censures(s, v),
		a.criticisms(s, v),
		a.endorsements(s, v),
		a.resignationFrames(s, v),
		a.involvementFrames(s, v),
		a.conditionalOffers(s, v),
		a.partyVerdicts(s, v),
		a.forceArrivals(s, v),
		a.victimsCircumstances(s, v),
		a.legislativeActs(s, v),
		a.threatIdioms(s, v),
		a.armsTradeFrames(s, v),
		a.pledgedNouns(s, v),
		a.supportNouns(s, v),
		a.deadlineRequests(s, v),
		a.evaluativeCalls(s, v),
		a.reportedWrongs(s, v),
		a.grantedSums(s, v),
		a.jointlySignedPapers(s, v),
		a.backingFrames(s, v),
		a.accusedTrials(s, v),
		a.trialPurposes(s, v),
		a.repeatedCharges(s, v),
		a.allegationsBy(s, v),
		a.handovers(s, v),
		a.coupClauses(s, v),
	)
	pairs := v.jointPairs() // jointoperations.go: "Iraqi and US forces conducted a joint raid"
	evaluations = append(evaluations, a.jointOperations(s, v, pairs)...)
	evaluations = append(evaluations, a.deniedWrongdoing(s, v, evaluations)...)
	evaluations = append(evaluations, a.challengedStanding(s, v)...)
	evaluations = append(evaluations, a.expressedAttitudes(s, v)...)
	if len(hits) == 0 {
		evaluations = append(evaluations, a.agentlessAttacks(s, v)...) // agentlessforce.go: "three Georgian villages were bombed"
	}
	if len(hits) == 0 && len(evaluations) == 0 {
		// No rule read the sentence: try the weak reading of statements.
		if evaluations = a.fallbackStatements(s, v); len(evaluations) == 0 {
			return
		}
	}
	isTrigger := make([]bool, len(toks))
	for _, h := range hits {
		isTrigger[h.t] = true
	}
	var found []*candidate
	for _, h := range hits {
		if h.noun && (requestedNoun(v, h.t) || requestedNamedNoun(v, h.t)) {
			continue // "demanded a meeting", "called for sanctions": only the request happened
		}
		if h.noun && soughtTruce(toks, h.t, h.rule) {
			continue // soughttruces.go: "trying to broker a truce between X and Y"
		}
		if !h.noun && requestedAction(toks, h.t) {
			continue // "urged Hezbollah to release": only the request happened
		}
		if !h.noun && accusedAction(toks, h.t) {
			continue // "accused Iran of sending arms": only the accusation happened
		}
		if !h.noun && defeatedTextAct(toks, h.t) || h.noun && defeatedTextNoun(toks, h.t) {
			continue // failedresolutions.go: "vetoed a resolution condemning Israel": the condemnation never passed
		}
		if chargedNoun(toks, h.t) {
			continue // accusedtrials.go: "charged with riot", "convicted of murder": the charge, not an act
		}
		if !h.noun && stoppedAction(toks, h.t) {
			continue // "may stop giving aid": the act ends, it is not done
		}
		if !h.noun && requestedSupportedAction(toks, h.t) {
			continue // "called on the G8 to put more pressure on": only the request happened
		}
		if untilCondition(toks, h.t) {
			continue // "until Sinn Fein accepts the police": a condition, not an event
		}
		if !h.noun && h.rule.name != "must" && (obligedAction(toks, h.t) || demandedAction(toks, h.t) || obligedCoordinate(toks, h.t)) { // obligedcoordinates.go
			continue // "Ethiopia should allow access": asked of it, not done
		}
		if !h.noun && declinedComment(toks, h.t) || v.askedAct(h.t, h.noun, h.rule.typ) {
			continue // nonacts.go, unrealised.go: "declined to comment", "demanding the U.S. release them"
		}
		if !h.noun && declinedDetails(toks, h.t) || h.rule.name == "veto" && heldVeto(toks, h.t) {
			continue // nonacts.go: "declined to detail", "has veto power"
		}
		if h.rule.name == "reject" && !h.noun && v.removedFromOffice(h.t) {
			continue // nonacts.go: "dismissed the interior minister" removes him from office
		}
		if h.rule.typ == graph.Support && !h.noun && backedWrongdoers(v, h.t) {
			continue // reportedwrongs.go: "Iran supports terrorists in Iraq" backs no party, and wrongs are accusations
		}
		if h.rule.name == "block-roads" && v.blockedByState(h.t) {
			continue // nonacts.go: "the government blocked access to Blogger" is no protest
		}
		if !v.forceVerbFrame(h.t, h.rule.name, h.noun) {
			continue // forceverbs.go: "struck a deal", "an earthquake struck Pakistan"
		}
		if h.rule.name == "praise" && !h.noun && welcomedGuest(v, h.t) {
			continue // "welcomed Putin to Berlin": a visit, read by receivedGuests
		}
		if h.rule.name == "praise" && predicateWelcome(toks, h.t) {
			continue // predicatewelcome.go: "Rice is not welcome in Australia"
		}
		c := a.arguments(v, h.t, h.rule, h.noun)
		if r := a.sentenceSubjectRequest(v, h.t, h.rule, h.noun, c); r != nil {
			c = r // appeals.go
		}
		if c == nil || unheldMeeting(toks, h.t, h.noun, c) {
			continue // contacts.go: "skipped the G20 summit"
		}
		if !h.noun && !keptResignation(v, h.t, h.rule, c) {
			continue // resignations.go: "forces will stand down", "urged X to accept and step down"
		}
		if !h.noun && v.crowdAtEmbassy(h.t, c) {
			continue // postings.go: "marched to the Israeli Consulate demanding"
		}
		a.messageParticiple(v, h.t, h.noun, c) // contacts.go: "sent a message to Xi congratulating him"
		if !a.purposeOfJourney(v, h.t, h.noun, c) {
			continue // participles.go: "did not travel to Iraq to meet Maliki"
		}
		if c.typ == graph.Assault && !h.noun && !coordinatedVictim(v, h.t, c, found) {
			continue // "killed three Afghan policemen and wounded": the policemen did not wound
		}
		if c.typ == graph.Assault && underAttackNoun(toks, h.t) {
			continue // agentlessforce.go: "came under attack": the subject received it
		}
		if c.typ == graph.Assault && !h.noun && !eventSubject(v, h.t, c, found) {
			continue // "a suicide attack on a US base in Iraq killed": no doer named
		}
		if c.typ == graph.Aid && aidFramedAt(evaluations, h.t) {
			continue // aid.go read the recipient the lexicon misses: "supplied Iran with jets"
		}
		if pledgedNounCovers(v, evaluations, h.t, h.rule.name, h.noun, c) {
			continue // pledgednouns.go: "rejected the European offer" offers nothing; "an offer of aid" gives none
		}
		if commercialOnly(c) {
			continue // "TWA made an offer for USAir Group": business, not politics
		}
		if (c.typ == graph.Assault || c.typ == graph.Coerce) && !h.noun && a.crowdStorms(v, h.t) {
			continue // protestacts.go: "students stormed the British embassy" protest
		}
		if swap, drop := receivedSide(v, h.t, c.targets); drop {
			continue // "Allawi has received criticism": the critic is not named
		} else if swap {
			c.actors, c.targets = c.targets, c.actors // "received support from X": X gives it
		}
		if len(c.targets) == 0 && strings.Contains(c.rule, "-coordinated") && len(found) > 0 {
			// "met the ambassador and offered an apology": the apology goes
			// to whom the first verb's event went.
			if p := found[len(found)-1]; p.actors[0] == c.actors[0] && len(p.targets) > 0 && !referredDeed(p) {
				c.targets = p.targets
			}
		}
		if len(c.targets) > 0 && !strings.HasSuffix(c.rule, "-held") {
			// "urged Israel to lift its blockade of Lebanon, faulting it":
			// "it" is whom the request went to, not the blockade's target.
			v.lastTarget = c.targets[0]
		}
		if !h.noun {
			// lastActor is the verb's grammatical subject: the actor, or the
			// target where the rule reverses them or the verb is passive.
			v.lastActor, v.lastTrigger, v.lastAgent = c.actors[0], h.t, nil
			if h.rule.reverse && len(c.targets) > 0 {
				v.lastActor = c.targets[0]
			}
			if strings.Contains(c.rule, "-passive") {
				v.lastActor, v.lastAgent = nil, c.actors[0]
				if len(c.targets) > 0 {
					v.lastActor = c.targets[0]
				}
			}
		}
		if (h.rule.name == "promise" || h.rule.name == "willing") && !h.noun && (hostileComplement(toks, h.t) || hostileObject(toks, h.t)) {
			c.typ, c.rule = graph.Threaten, c.rule+"-hostile" // "vowed to wage war on X": a threat, not a promise
		} else if h.rule.name == "promise" && !h.noun && resolveVowed(toks, h.t) {
			continue // promises.go: "vowed to track down the killers": resolve, no agreement
		}
		a.verbalArguments(v, h.t, h.rule, c)
		a.complementTarget(v, h.t, h.rule, h.noun, c) // complementtargets.go: "imposed sanctions over Iran's programme"
		if h.rule.name == "evacuate" && !a.evacuatedForeigners(v, h.t, c) {
			continue // evacuations.go: one's own people, a town or a building evacuated
		}
		if h.rule.typ == graph.Threaten && len(c.targets) == 0 {
			a.conditionTarget(v, h.t, c) // "threatened an attack if Taiwan declares independence"
		}
		if c.typ == graph.Request || c.typ == graph.Accuse {
			a.domesticTarget(v, h.t, c)
		}
		if h.rule.name == "attack" && verbalAttack(v, h.t, h.noun) {
			c.typ, c.mode, c.rule = graph.Accuse, "", c.rule+"-verbal" // "attacked the government's handling": criticism, not force
		}
		if h.rule.name == "agree" && agreesThat(v, h.t) {
			c.typ = graph.Support // "agreed with the AU that ...": endorses a view
		}
		c.sent = s
		c.trigger = h.t
		c.noun = h.noun
		c.pair, c.optionalTarget = h.rule.pair, h.rule.optionalTarget // a crowd's protest stands alone: "thousands rallied in Baku"
		c.optionalTarget = c.optionalTarget || a.targetlessRequest(v, h.t, h.noun, c) || unnamedGroupObject(v, h.t, h.noun, c) ||
			a.targetlessRejection(v, h.t, h.noun, c) || // openrejections.go
			a.rescuedPeople(v, h.t, c) // rescues.go
		c.mode = h.rule.modeAt(toks, h.t)
		if strings.Contains(c.rule, "-crowd-riot") {
			c.mode, c.pair, c.optionalTarget = "riot", false, true // crowdclashes.go: a violent protest stands alone
		}
		signedMode(c) // reciprocal.go: a truce signed is an agreement signed
		if h.rule.name == "regret" && len(c.targets) > 0 && (strings.Contains(c.rule, "-referent") || v.othersAct(h.t)) {
			// "regretted the recall" after Serbia recalled its envoy, "regretted
			// the decision by Finland": disapproval of another's act, not an
			// apology for one's own.
			c.typ, c.mode, c.rule = graph.Accuse, "disapprove", c.rule+"-others-act"
		}
		if a.unofficialLabel(c) {
			c.typ, c.mode, c.rule = graph.Accuse, "disapprove", c.rule+"-unofficial" // "Hamas labelled Israel a terrorist state": names, no list
		}
		missionAid(toks, h.t, h.rule, c) // "sent troops to Afghanistan as part of the NATO mission": aid, not a threat
		chargedState(v, h.t, h.rule, c)  // legal.go: "charged Israel with using": an accusation, not an arrest
		materialSupport(toks, h.t, c)    // "sent financial support to militants": aid, not backing
		c.status = clauseStatus(toks, h.t, isTrigger, !h.noun)
		if s, ok := carriedStatus(v, h.t, h.rule, h.noun); ok {
			c.status = s // anticipatedacts.go: "mounted its long-awaited invasion", "gathered to protest" happened
		}
		if !h.noun && c.typ != graph.Request {
			c.status = hedgedStatus(toks, h.t, c.status) // "argued that Colombia invaded": a claim
		}
		c.status = supposedStatus(toks, h.t, h.noun, c.status) // "if Iran attacks", "the risk of an attack"
		c.status = conditionedStatus(toks, h.t, c.status)      // conditions.go: "provided that Hamas recognises Israel"
		c.status = rumouredStatus(toks, h.t, c.status)         // unrealised.go: "there were reports of X bombing"
		// clausescope.go: "if Romania did not withdraw", "is thought to have offered", "will attack X and occupy Y"
		c.status = coordinatedVerbStatus(toks, h.t, h.noun, hearsayInfinitive(toks, h.t, h.noun, suppositionNotDenial(toks, h.t, c.status)))
		if h.noun {
			c.status = standingActStatus(toks, h.t, c.status) // nounstatus.go: "will not accept Israel's occupation of Gaza"
			c.status = scopedNounStatus(toks, h.t, c.status)  // statusscope.go: "the deployment was expected to end in June"
		}
		if c.typ == graph.Assault && threatCondition(toks, h.t) && !threatOfCondition(v, h.t, c) {
			continue // "would suffer a painful response if it attacks", and no one named to make the threat
		}
		if h.rule.name == "agree" && !h.noun && c.status == graph.Denied && h.t+1 < len(toks) && toks[h.t+1].norm == "with" {
			// "did not agree with X": a disagreement (CAMEO 11, disapprove), not a
			// denied agreement.
			c.typ, c.status, c.rule = graph.Accuse, graph.Reported, c.rule+"-disagree"
		} else if refusal(h.rule, h.noun, c.status) || refusedAct(toks, h.t, !h.noun, c.typ) {
			c.typ, c.mode, c.status, c.rule = graph.Reject, "", graph.Reported, c.rule+"-refused"
		}
		a.hostingArguments(v, h.t, h.rule, h.noun, c)              // hosting.go: "accepted Putin's invitation to visit Moscow"
		c.status = fatedStatus(toks, h.t, h.noun, c.status)        // "cancelled his visit", "denied reports that X would meet"
		c.status = occasionStatus(toks, h.t, h.noun, c.status)     // occasions.go: "pledged to develop ties during his meeting with X"
		c.status = answeredNounStatus(toks, h.t, h.noun, c.status) // occasions.go: "accepted X's invitation to visit next month"
		if c.location == nil {
			c.location = v.eventLocation(h.t, c)
		}
		if !h.noun && suppressesProtest(h.rule) && forceWithoutState(v, h.t, c) {
			continue // "when police broke up the rally", read as Mrs Sheehan's: suppressedprotests.go
		}
		requestFromMaker(v, h.t, c) // requestmakers.go: "under pressure from the US", "demands from China"
		if !letterRequest(v, h.t, c) {
			continue // letterrequests.go: "sent a letter to X requesting": X is asked, and no writer named
		}
		if v.misreading(h.t, h.rule, h.noun, c) {
			continue // misreadings.go: "withdrew its support", "Israel will regret it"
		}
		found = append(found, c)
		a.found = append(a.found, c)
	}
	if len(hits) > 0 { // agentlessforce.go: "a Lebanese barracks was also hit", read after this sentence's attacks
		agentless := a.agentlessAttacks(s, v)
		found, a.found = append(found, agentless...), append(a.found, agentless...)
	}
	committedActTargets(toks, found) // "agreed to provide aid for Romania"
	rankSuppressedProtests(found)    // "police prevented the demonstration staged by students"
	rankProtestDemands(toks, found)  // "staged demonstrations to demand reforms"
	// claimedharm.go: "Pakistan said India had shelled its villages" accuses India (reportedwrongs.go defers to it).
	evaluations = a.withClaimedHarms(s, v, found, evaluations)
	evaluations = unreadSupportNouns(evaluations, found) // supportnouns.go: only what no other rule read
	found = append(found, evaluations...)
	a.found = append(a.found, evaluations...)
	if len(found) == 0 {
		// The triggers found no arguments: try the weak reading of statements.
		found = a.fallbackStatements(s, v)
		a.found = append(a.found, found...)
	}
	untangleJointParties(pairs, found) // jointoperations.go: allies are not each other's attacker
	markOpenTargets(toks, found)       // counterparts.go: "threatened to send warships", not "threatened newspapers"
	// Dates go to the events found, so that a word that named no event
	// ("the African Union Summit") does not take a date from one that did.
	// Cues go first to the statements that can stand as events; the rest
	// take a cue only when it is close.
	positions := make([]int, 0, len(found))
	for _, c := range found {
		if len(c.targets) > 0 || c.optionalTarget {
			positions = append(positions, c.trigger)
		}
	}
	cues := withoutStrayYears(toks, a.sentenceCues(toks), found) // yearattributes.go: "signed a 1987 agreement"
	dates := nearestCues(toks, cues, positions)
	opening, hasOpening := openingCue(toks, cues)
	for _, c := range found {
		cue, ok := dates[c.trigger]
		if c.noun {
			cue, ok = nounOwnCue(toks, cues, c.trigger, cue, ok) // datecues.go: "led to the withdrawal of US forces in 1994"
		}
		if !ok && hasOpening {
			cue, ok = opening, true // "On 17 November, X met Y and offered ...": the date opens the sentence
		}
		if !ok {
			cue, ok = nearCue(cues, c.trigger) // "an air strike on Friday killed": the cue a closer verb took
		}
		if !ok {
			cue, ok = ownClauseCue(toks, cues, c.trigger, c.noun) // datecues.go: "withdrew from ... in 2002", "joined a protest in the capital on Sunday"
		}
		if ok && !a.cueCovers(toks, c, cue) {
			ok = false // "praised X ... after the coup in 2004", "on Monday pledged to visit"
		}
		ok = ok && !(cue.first > c.trigger && datesOtherNoun(toks, cue, c.trigger)) // datecues.go: "broke a November 10 agreement"
		ok = ok && !yearOfOtherNoun(toks, cue, c.trigger)                           // yearattributes.go: "the 1999 summit had obliged X to"
		switch {
		case ok && cue.kind == cueAnchored:
			if anchor, ok := a.sentenceAnchor(cues, cue); ok {
				c.date, c.precision = anchoredDate(cue, anchor) // "the next day": sequence.go
			}
		case ok:
			c.date, c.precision, _ = cue.resolve(a.pub, a.hasPub, eventTense(toks, c.trigger, c.noun, c.status)) // causatives.go
		case c.status == graph.Reported && !c.noun:
			c.date, c.precision = a.continuedDate(toks, c) // "Annan also urged ..." after "Annan called ..., Monday"
		case c.noun && c.status != graph.Planned:
			c.date, c.precision = a.occasionDate(c) // "the two leaders made the announcement at a summit"
		}
		c.occasion = c.noun && occasionNoun(toks, c.trigger) // occasions.go: dated by its act in merge
		commemoratedDate(toks, c, cue, ok)                   // commemorations.go: "marked the second anniversary of the war"
		if c.status == graph.Planned && conditionalThreat(toks, c.trigger) {
			c.typ, c.mode = graph.Threaten, "" // "will withdraw its force unless ...": a threat
			c.rule += "-unless"
		}
		if c.status == graph.Planned && hostileCondition(c, toks) {
			c.typ, c.mode, c.status = graph.Threaten, "", graph.Reported // "would attack Israel if it strikes": a threat made
			c.rule += "-if"
		}
		if g := a.gappedMeeting(v, c, cues); g != nil {
			a.found = append(a.found, g) // "met A on Thursday, B and C on Friday"
		}
		switch {
		case c.status != "" && c.status != graph.Reported:
		case c.status == graph.Reported && pastPerfectClause(toks, c.trigger): // statuscues.go: "had held talks on a pact due to expire at the end of 1987"
		case c.noun && endingPredicate(toks, c.trigger): // statusscope.go: "the deployment is expected to end in June"
		case a.settlePastAct(toks, c, cue, ok): // plannedstatus.go: "has accepted X as members from January 1, 2007"
		case ok && aheadCue(cue, toks[c.trigger], c.noun):
			c.status = graph.Planned // unrealised.go: "visits West Germany next week"
		case a.future(c.date, c.precision):
			c.status = graph.Planned // "visits Pyongyang next month"
		case c.status == "" && a.past(c.date, c.precision):
			c.status = graph.Reported // "the leaders' September 13 meeting"
		}
	}
	a.placeUnlocated(v, found) // locations.go: the place of events the frames found
	a.noteAnchor(found)
}

// gerundPrepositions make an -ing form after them an act only spoken of.
var gerundPrepositions = map[string]bool{"against": true, "from": true, "about": true, "of": true, "for": true, "without": true}

// locativePrepositions follow a participle that qualifies a noun.
var locativePrepositions = map[string]bool{"in": true, "at": true, "on": true, "during": true, "since": true, "under": true, "near": true, "inside": true, "outside": true}

// countedObject reports whether a quantifier opening an object stands at
// k, where a preposition could be read instead: "at least 20", "over
// 30", "around 100", "up to 40".
func countedObject(toks []token, k int) bool {
	switch {
	case k+1 >= len(toks):
		return false
	case toks[k].norm == "at":
		return toks[k+1].norm == "least" || toks[k+1].norm == "most"
	case toks[k].norm == "up":
		return toks[k+1].norm == "to" && k+2 < len(toks) && toks[k+2].digit
	case toks[k].norm == "over" || toks[k].norm == "around" || toks[k].norm == "about" || toks[k].norm == "nearly" || toks[k].norm == "almost":
		return toks[k+1].digit
	}
	return false
}

// reducedRelative reports an -ed participle that qualifies the common noun
// before it and is followed by a place or time, not an object: "prisoners
// detained in Israel", "troops stationed near the border".
func reducedRelative(v *sentenceView, t int) bool {
	toks := v.toks
	if t == 0 || t+1 >= len(toks) || !strings.HasSuffix(toks[t].norm, "ed") {
		return false
	}
	p := toks[t-1]
	if p.punct || p.upper || v.at[t-1] >= 0 || auxiliaries[p.norm] || beForms[p.norm] || pronounSubjects[p.norm] || collectiveSubjects[p.norm] ||
		p.norm == "who" || p.norm == "which" || p.norm == "that" || strings.HasSuffix(p.norm, "ly") {
		return false
	}
	if t+2 < len(toks) && (timeAdverbs[toks[t+2].norm] || toks[t+2].digit || months[toks[t+2].norm] != 0) {
		return false // "officials agreed on Wednesday": a time, not a place, follows the verb
	}
	if toks[t].norm == "fired" && (armedCollectives[p.norm] || p.norm == "and") && (toks[t+1].norm == "on" || toks[t+1].norm == "upon") {
		return false // "Israeli troops fired on protesters", "crossed the border and fired on": armed men act
	}
	if crowdProtests(toks, t) {
		return false // "students marched in Manila": crowds protest, they are not protested
	}
	if intransitiveFighting[toks[t].norm] {
		return false // "troops clashed in the valley": no one is clashed (reciprocal.go)
	}
	if countedObject(toks, t+1) {
		return false // "troops killed at least 20 Palestinians": a count opens the object
	}
	return locativePrepositions[toks[t+1].norm]
}

// nounPrepositions make a bare verb form after them a noun: "advised
// against travel", "news of release".
var nounPrepositions = map[string]bool{"against": true, "of": true, "about": true, "during": true}

// determinedNoun reports a bare verb form that heads a noun phrase opened
// by a determiner a few words before: "the release", "a suspected roadside
// bomb". A plural or a name between ("the rebels attack") makes it a verb.
func determinedNoun(v *sentenceView, t int) bool {
	w := v.toks[t].norm
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return nounDeterminers[v.toks[t-1].norm]
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		u := v.toks[k]
		if nounDeterminers[u.norm] {
			return true
		}
		if u.punct || u.upper || v.at[k] >= 0 || auxiliaries[u.norm] || strings.HasSuffix(u.norm, "s") || triggerWord(u.norm) {
			return false
		}
	}
	return false
}

// nounDeterminers make the next word a noun.
var nounDeterminers = map[string]bool{"the": true, "a": true, "an": true}

// carriesNoun reports whether the verb at t only carries a nominalised
// event right after it ("offered an apology", "made a visit").
func carriesNoun(v *sentenceView, t int) bool {
	k := t + 1
	if k < len(v.toks) && objectDeterminers[v.toks[k].norm] {
		k++
	}
	if k >= len(v.toks) || k == t+1 {
		return false // only "verb + determiner + noun" is read this way
	}
	tr := triggers[v.toks[k].norm]
	if tr == nil || !tr.noun {
		return false
	}
	for _, r := range tr.rules {
		if !r.verbForms[v.toks[k].norm] && r.matches(v.toks, k) {
			return true
		}
	}
	return false
}

// agreesThat reports "agree with X that ...": agreement with a view, not
// to an action.
func agreesThat(v *sentenceView, t int) bool {
	if t+2 >= len(v.toks) || v.toks[t+1].norm != "with" {
		return false
	}
	n := v.next(t + 1)
	if n < 0 || v.ms[n].first > t+3 {
		return false
	}
	l := v.ms[n].last
	return l+1 < len(v.toks) && v.toks[l+1].norm == "that"
}

// conditionalThreat reports an "unless" clause after the trigger at t:
// a planned act made to depend on the other side's conduct.
func conditionalThreat(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+maxArgGap; k++ {
		if toks[k].norm == "unless" {
			return true
		}
		if clauseBreak(toks[k]) {
			return false
		}
	}
	return false
}

// nearCue returns a cue within a few words of the trigger at t.
func nearCue(cues []dateCue, t int) (dateCue, bool) {
	for _, c := range cues {
		if distance(c, t) <= 6 {
			return c, true
		}
	}
	return dateCue{}, false
}

// continuedDate returns the date of a reported event by the same actor
// stated in the sentence before (or before the quiet sentences between,
// quietreports.go): a report that goes on about one occasion ("Annan
// called on Hezbollah, Monday, ... Annan also urged Israel").
// An event named by a noun ("announced its test on Monday") dates only
// itself, not an occasion the report goes on about.
func (a *article) continuedDate(toks []token, c *candidate) (string, graph.Precision) {
	prev := a.cur - 1 - a.quietGap(toks, c) // quietreports.go: a quotation or aside between
	for i := len(a.found) - 1; i >= 0; i-- {
		o := a.found[i]
		if o.sent.index < prev {
			break
		}
		if o.sent.index == prev && !o.noun && o.date != "" && o.status == graph.Reported && o.actors[0] == c.actors[0] {
			return o.date, o.precision
		}
	}
	return a.spokenDate(toks, c) // speechdays.go: the day the speaker's statement was dated
}

// adjectivalBefore are words after which an -ing form is an adjective.
var adjectivalBefore = map[string]bool{"the": true, "a": true, "an": true, "two": true, "three": true, "several": true, "some": true, "many": true, "his": true, "her": true, "their": true, "its": true, "our": true}

// requestGovernors make the infinitive after them a requested action,
// not an event: "urged X to release", "called on X to withdraw".
var requestGovernors = map[string]bool{
	"urge": true, "urges": true, "urged": true, "urging": true, "ask": true, "asks": true, "asked": true, "asking": true,
	"called": true, "calls": true, "calling": true, "call": true, "demand": true, "demanded": true, "demands": true,
	"want": true, "wants": true, "wanted": true, "requested": true, "request": true, "pressed": true, "pressing": true,
	"pressure": true, "pressured": true, "appealed": true, "told": true, "ordered": true, "expect": true, "expects": true,
	"required": true, "requires": true, "require": true, "forced": true, "persuade": true, "persuaded": true,
	"convince": true, "convinced": true, "encouraged": true, "encourage": true,
	"pleaded": true, "pleads": true, "plead": true, "pleading": true, "begged": true, "implored": true,
	// a threatened act is the threat, not a plan: "threatened to send
	// warships", "North Korea's threat to attack"
	"threaten": true, "threatens": true, "threatened": true, "threatening": true, "threat": true, "threats": true,
	// nouns of asking govern an infinitive too: "an ultimatum to Ecuador to halt"
	"ultimatum": true, "appeal": true, "appeals": true, "plea": true, "requests": true,
}

// requestedAction reports whether the verb at t is an infinitive governed
// by a verb of asking within the few words before it.
func requestedAction(toks []token, t int) bool {
	k := infinitiveTo(toks, t)
	if k < 0 {
		return false
	}
	reach := 6
	if k > 0 && (toks[k-1].norm == "and" || toks[k-1].norm == "or") {
		reach = maxArgGap // "urges X to withdraw ... and to cooperate"
	}
	for j := k - 1; j >= 0 && j >= k-reach; j-- {
		if requestGovernors[toks[j].norm] {
			return !entailedCausedAct(toks, k) // causatives.go: "was forced to resign" happened; "would be forced to" did not
		}
		if clauseBreak(toks[j]) {
			break
		}
	}
	return false
}

// hostileTypes are the event types a vow to do makes a threat.
var hostileTypes = map[graph.EventType]bool{graph.Assault: true, graph.Coerce: true, graph.Sanction: true, graph.Threaten: true, graph.Mobilize: true}

// hostileWords are verbs of hostility outside the lexicon that a vow can
// govern: "vowed to fight", "swore to crush".
var hostileWords = map[string]bool{"fight": true, "crush": true, "destroy": true, "punish": true, "retaliate": true, "avenge": true, "wipe": true, "eliminate": true, "defeat": true, "resist": true, "stop": true, "respond": true, "hit": true}

// hostileComplement reports a vow whose infinitive is a hostile act:
// "vowed to wage war on", "promised to retaliate", "pledged to impose
// sanctions".
func hostileComplement(toks []token, t int) bool {
	k := t + 1
	if k < len(toks) && toks[k].norm != "to" && k+1 < len(toks) && toks[k+1].norm == "to" {
		k++ // "vowed not to", "swore publicly to"
	}
	if k+1 >= len(toks) || toks[k].norm != "to" || restraintPromised(toks, k) { // promises.go: "vowed not to attack"
		return false
	}
	w := toks[k+1].norm
	if hostileWords[w] {
		return true
	}
	tr := triggers[w]
	if tr == nil || !tr.verb {
		return false
	}
	for _, r := range tr.rules {
		if r.verbForms[w] && r.matches(toks, k+1) {
			return hostilePromised(toks, k+1, r.typ) // promises.go: troops promised to a place are no threat
		}
	}
	return false
}

// othersAct reports that the object of the verb at t names its doer
// within a few words: "the decision by Finland", "Finland's decision".
func (v *sentenceView) othersAct(t int) bool {
	for k := t + 1; k < len(v.toks) && k <= t+5; k++ {
		if v.toks[k].punct {
			return false
		}
		n := v.at[k]
		if n < 0 || v.ms[n].first != k || v.ms[n].place {
			continue
		}
		return k > 0 && v.toks[k-1].norm == "by" || v.toks[v.ms[n].last].poss
	}
	return false
}

// mutualWords make a pledge by a coordinated subject one the parties make
// each other: "pledged to deepen their partnership", "vowed to boost
// bilateral trade". Without them it is a pledge each makes to others
// ("The Conservatives and the Liberals made many promises").
var mutualWords = map[string]bool{"bilateral": true, "mutual": true, "each": true, "together": true,
	"partnership": true, "ties": true, "relations": true, "relationship": true, "friendship": true, "cooperation": true}

// mutualComplement reports a mutual word within the few words after the
// pledge at t, before the clause ends.
func mutualComplement(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+8; k++ {
		if toks[k].punct {
			return false
		}
		if mutualWords[toks[k].norm] {
			return true
		}
	}
	return false
}

// requestNounGovernors ask for what the noun after them names.
var requestNounGovernors = map[string]bool{
	"urge": true, "urges": true, "urged": true, "urging": true, "demand": true, "demands": true, "demanded": true, "demanding": true,
	"request": true, "requests": true, "requested": true, "requesting": true, "seek": true, "seeks": true, "sought": true, "seeking": true,
	"propose": true, "proposes": true, "proposed": true, "proposing": true, "suggested": true, "want": true, "wants": true, "wanted": true,
}

// requestedNoun reports a nominalised event that is the object of a verb
// of asking a few words before it, or of "call(ed) for": "demanded a
// meeting", "urged an immediate ceasefire", "called for sanctions".
func requestedNoun(v *sentenceView, t int) bool {
	toks := v.toks
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		u := toks[k]
		w := u.norm
		if requestNounGovernors[w] {
			return true
		}
		if w == "for" && k > 0 && strings.HasPrefix(toks[k-1].norm, "call") {
			return true
		}
		if u.punct || v.at[k] >= 0 || u.upper || triggerWord(w) && k < t-1 {
			return false
		}
	}
	return false
}

// obligationModals make the verb after them an act asked for: "X should
// release", "Y must withdraw".
var obligationModals = map[string]bool{"should": true, "must": true, "ought": true}

// obligedAction reports a verb governed by a modal of obligation a few
// words before it ("should not attack", "must immediately withdraw",
// "ought to release").
func obligedAction(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		w := toks[k].norm
		if obligationModals[w] {
			return true
		}
		if w != "not" && w != "to" && w != "be" && !(strings.HasSuffix(w, "ly") && !toks[k].punct) {
			return false
		}
	}
	return false
}

// matches checks a rule's needs and cancelling objects around toks[t].
func (r *eventRule) matches(toks []token, t int) bool {
	if r.name == "host-refugees" && !hostedRefugees(toks, t) {
		return false // refugehosts.go
	}
	if r.name == "evacuate" && !evacuatesPeople(toks, t) {
		return false // evacuations.go
	}
	if r.name == "fire-on" && !firedOn(toks, t) {
		return false
	}
	if r.name == "incursion" && !incursion(toks, t) && !stateIncursion(toks, t) {
		return false
	}
	if strings.HasSuffix(r.name, "-ties-passive") && tiesBetween(toks, t, false) < 0 {
		return false
	}
	if !forceFrame(toks, r, t) {
		return false
	}
	if r.name == "target" && aimedWeapon(toks, t) {
		return false
	}
	if r.name == "set-fire" && !setAfire(toks, t) || (r.name == "fire" || r.name == "fire-on") && onFire(toks, t) {
		return false // setafire.go: "set the tanker ablaze", "set X on fire with a missile"
	}
	if attributiveTrigger(toks, t) {
		return false // "riot police", "attack helicopters": gear, not an event
	}
	if !presenceHeld(toks, r, t) {
		return false // "has 900 troops in Iraq", not "has ordered troops": presence.go
	}
	if r.name == "promise" && promiseActForms[toks[t].norm] && !promiseAt(toks, t) {
		return false // promises.go: "a promising start", "the public offering"
	}
	if r.name == "contribute-troops" && pledgedAct(toks, t) {
		return false // promises.go: "pledged to send troops": a promise, send-troops reads the troops
	}
	if r.name == "supply" && sentForce(toks, t, r.window) {
		return false // "sent warships into Taiwanese waters": a deployment, send-troops' below
	}
	if r.name == "capture-person" && !capturedByForces(toks, t) {
		return false // typeaudit.go: a town captured stays an assault
	}
	if r.name == "quit-talks" && !leftTalks(toks, t) {
		return false // typeaudit.go: "withdrew its troops from X; talks" left no talks
	}
	if !protestReading(toks, t, r.name) {
		return false // protestpurposes.go: "gathered to protest the war" is no "protested to Japan"
	}
	if r.name == "close-border" && !closedBorder(toks, t) || r.name == "order-troops" && !orderedTroops(toks, t) {
		return false // forceacts.go: "closed the school", "ordered troops to withdraw"
	}
	if r.name == "close-outlet" && !closedOutlet(toks, t) {
		return false // pressclosures.go: "closed the border" is no censorship
	}
	if r.name == "call-off" && calledOffMeeting(toks, t) {
		return false // "called off the summit": fates.go reads the summit as denied
	}
	if (r.name == "tell-to" || r.name == "order-to") && !toldToAct(toks, t) {
		return false
	}
	if r.name == "take-control" && controlOfOffice(toks, t) {
		return false // "the Democrats took control of the House": coercion.go
	}
	if r.name == "blockade" && heldBlockade(toks, t) >= 0 {
		return true // "urged Israel to lift its blockade": the blockade stands
	}
	for k := max(0, t-5); k < t; k++ {
		if slices.Contains(r.unlessBefore, toks[k].norm) {
			return false
		}
	}
	for k := t + 1; k < len(toks) && k <= t+3; k++ {
		if slices.Contains(r.skipAfter, toks[k].norm) {
			return false
		}
	}
	if len(r.also) > 0 && !near(toks, t, r.window, r.also) {
		return false
	}
	if r.name == "speak-with" && collectiveSubject(toks, t) >= 0 {
		return true // "the two leaders spoke for an hour": with each other
	}
	if r.name == "protesters-gathered" && !gatheredProtesters(toks, t) {
		return false // gatheredprotesters.go: "people gathered at the Cenotaph"
	}
	if r.name == "take-to-streets" && !streetIdiom(toks, t) {
		return false // streetprotests.go: "took the streets", "taken from the streets"
	}
	if r.name == "protest" && crowdProtestVerb(toks, t) {
		return true // crowdprotestverbs.go: "about 100 people protested the detention"
	}
	return len(r.need) == 0 || near(toks, t, r.window, r.need) || passiveSubjectNeeds(toks, t, r.need)
}

// near reports whether one of words stands within window tokens of t.
func near(toks []token, t, window int, words []string) bool {
	for k := max(0, t-window); k < len(toks) && k <= t+window; k++ {
		if k != t && slices.Contains(words, toks[k].norm) {
			return true
		}
	}
	return false
}

// modeAt refines the rule's mode by the words near the trigger.
func (r *eventRule) modeAt(toks []token, t int) string {
	if len(r.modes) == 0 {
		return r.mode
	}
	w := max(r.window, 2)
	if m, ok := r.modes[toks[t].norm]; ok {
		return m
	}
	for d := 1; d <= w; d++ {
		for _, k := range []int{t - d, t + d} {
			if k >= 0 && k < len(toks) {
				if m, ok := r.modes[toks[k].norm]; ok {
					return m
				}
			}
		}
	}
	return r.mode
}

// wherePrepositions say where something happens: "clashed in
// Mogadishu", "talks at Camp David". "from", "into" and "to" say where
// something comes from or goes.
var wherePrepositions = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true, "around": true, "across": true, "throughout": true}

// placeClauseWords end the stretch of a sentence whose places can be where
// the trigger's event happens: "said in Geneva that troops attacked".
var placeClauseWords = map[string]bool{"that": true, "which": true, "who": true, "where": true, "after": true, "before": true,
	"while": true, "because": true, "when": true, "since": true, "whereas": true, "although": true, "though": true,
	"said": true, "says": true, "say": true, "told": true, "according": true}

// placedPeople are nouns for people a place after them only situates: in
// "officials in Nairobi said" Nairobi is where the officials are, not
// where the event happens.
var placedPeople = map[string]bool{"official": true, "officials": true, "residents": true, "witnesses": true, "sources": true,
	"correspondent": true, "spokesman": true, "spokeswoman": true, "diplomat": true, "diplomats": true,
	"analysts": true, "ambassador": true, "envoy": true, "reporters": true, "journalists": true, "authorities": true, "police": true,
	"based": true, "born": true, "living": true}

// eventPlace returns where the event of the trigger at t happens: the place
// named after a locative preposition ("met in Geneva", "bombing in
// Baghdad") closest to the trigger within its clause, never one of the
// event's own actors or targets. Nil when the clause names none.
func (v *sentenceView) eventPlace(t int, c *candidate) *graph.Entity {
	return v.placeWithin(t, c, maxArgGap)
}

// placeWithin is eventPlace looking up to reach tokens after the trigger.
func (v *sentenceView) placeWithin(t int, c *candidate, reach int) *graph.Entity {
	best, bestDist := -1, reach+1
	for _, dir := range []int{1, -1} {
		comma, aside := false, false
		for k := t + dir; k >= 0 && k < len(v.toks) && (k-t)*dir <= min(reach, placeReach(dir)); k += dir {
			u := v.toks[k]
			if clauseBreak(u) || placeClauseWords[u.norm] && !heldClause(v.toks, k) || (u.punct && (u.text == "\"" || u.text == "“" || u.text == "”")) {
				break
			}
			comma = comma || u.text == ","
			if dir > 0 && u.text == "," && reach > maxArgGap {
				aside = apposition(v.toks, k) // "the truce between A and B, the strongest group in Palestine"
			}
			if dir > 0 && infinitive(v.toks, k) {
				break // "cooperation during missions, such as the effort to monitor elections in Congo"
			}
			n := v.at[k]
			if n < 0 || v.ms[n].first != k || !(v.ms[n].place || (v.ms[n].ent.Kind == graph.Country && v.ms[n].form == formName && !v.ms[n].modifier)) {
				continue
			}
			if aside || !v.wherePlace(k, dir < 0 && comma) {
				continue
			}
			if d := (k - t) * dir; d < bestDist {
				best, bestDist = n, d
			}
			break
		}
	}
	if best < 0 {
		return nil
	}
	e := v.ms[best].ent
	if slices.Contains(c.actors, e) || slices.Contains(c.targets, e) {
		return nil
	}
	return e
}

// pronounSubjects stand for the last person named: "He met", "the minister said".
var pronounSubjects = map[string]bool{"he": true, "she": true, "minister": true, "president": true, "premier": true, "chancellor": true, "leader": true, "secretary": true}

// collectiveSubjects stand for the parties of the last meeting: "the two
// leaders met", "their meeting".
var collectiveSubjects = map[string]bool{"their": true, "they": true, "leaders": true, "sides": true, "parties": true, "presidents": true, "ministers": true, "premiers": true, "men": true, "both": true, "counterparts": true, "countries": true, "nations": true, "governments": true}

// stateCollectives are collective nouns that stand for two states, not
// for the people of the last meeting.
var stateCollectives = map[string]bool{"countries": true, "nations": true, "governments": true}

// arguments finds actor and target for a trigger at t, or nil when the
// sentence does not name an actor.
func (a *article) arguments(v *sentenceView, t int, r *eventRule, noun bool) *candidate {
	c := &candidate{confidence: 0.75, typ: r.typ}
	var actor, target *graph.Entity
	kind := "verb:"
	if noun {
		kind = "noun:"
		c.confidence = 0.65
	}
	c.rule = kind + r.name
	if noun && r.typ == graph.Assault && a.twoSided(v, t, c) {
		return c // "the war between X and Y": both sides act on each other
	}
	if rc, done := a.reciprocal(v, t, r, noun, c); done {
		return rc // reciprocal.go: "X and Y exchanged fire", "accused each other"
	}
	if (r.name == "establish-ties" || r.name == "cut-ties" || strings.HasSuffix(r.name, "-ties-passive")) && v.tiesSides(t, noun, c) {
		return c // "relations between X and Y were severed": both sides cut them
	}
	if noun && r.name == "hostilities" && v.ledWar(t, c) {
		return c // "the US-led war on Iraq": nested.go
	}
	if r.name == "hostilities" || strings.HasSuffix(r.name, "-ties-passive") {
		return nil // "the war on terror": a war with no two sides named
	}
	if noun && r.name == "occupation" {
		return a.occupation(v, t, r, c)
	}
	ent := func(n int) *graph.Entity {
		if n < 0 {
			return nil
		}
		return v.ms[n].ent
	}
	toks := v.toks
	if r.name == "host" && !noun && boycottedHosting(toks, t) {
		return nil // boycottobjects.go: "boycotted the conference hosted by Iran" is no visit
	}
	if r.name == "must" {
		actor, target = a.mustArguments(v, t)
		if actor == nil || target == nil {
			return nil
		}
	} else if noun && r.name == "blockade" && heldBlockade(toks, t) >= 0 {
		actor, target = v.blockadeHolder(t, c) // "urged Israel to lift its blockade of Lebanon"
	} else if noun && r.name == "supplier" {
		actor, target = v.supplier(t, c) // "Russia, India's largest arms supplier"
	} else if r.name == "receive" {
		var ok bool
		if actor, target, ok = a.receivedFrom(v, t, r, c); !ok {
			return nil
		}
	} else if noun {
		actor, target = a.nounArguments(v, t, r, c)
		if actor == nil {
			if actor = v.ledActor(t); actor != nil {
				c.rule += "-led" // "the U.S.-led invasion of Iraq"
			}
		}
		if actor == nil {
			if actor = v.forcesOf(t, r); actor != nil {
				c.rule += "-forces-of" // "the withdrawal of US troops from Iraq"
			}
		}
	} else if crowd := crowdSubjectAt(toks, t, r, noun); crowd >= 0 && a.crowdActor(v, t, c) != nil {
		// crowdprotestverbs.go: "three dozen people protesting": the crowd
		// right before the verb is its subject, not a name further back;
		// crowdActor below reads whom it stands for.
	} else {
		actor, target = a.verbArguments(v, t, r, c)
		if crowd >= 0 && actor != nil && actor.Kind != graph.Country && !followerNouns[toks[crowd].norm] {
			// A name further back than the crowd is not its subject; a
			// country may be its own, and a leader his followers'
			// (followerprotests.go gives them their country).
			actor, target = nil, nil
		}
		if actor == nil && r.typ == graph.Reject && t > 0 && beForms[toks[t-1].norm] && referentBefore(toks, t-1) {
			// "Siniora said the invitation would be turned down": the
			// refusal of an earlier act, with no agent, stated by its
			// speaker, is his.
			if actor = a.speakerOver(v, t); actor != nil {
				c.rule += "-speaker"
				c.confidence = 0.55
			}
		}
	}
	if actor == nil && r.typ == graph.Retreat && r.mode == "withdraw" {
		if actor = v.withdrawnForcesOwner(t, noun); actor != nil {
			c.rule += "-forces-owner" // forceacts.go: "plans to withdraw Australian troops from Iraq"
		}
	}
	if actor == nil && noun && (r.mode == "visit" || r.mode == "meet" && v.ownedByPronoun(t)) {
		if actor = v.visitOwner(t); actor != nil {
			c.rule += "-owner" // "during a visit to Kuwait, X said", "During his talks with Y, X": consult.go
			c.confidence = 0.6
		}
	}
	if actor == nil && noun && r.typ == graph.Consult {
		if actor = v.presentFor(t); actor != nil {
			c.rule += "-present" // "X, in Brussels for talks with Y": consult.go
			c.confidence = 0.6
		}
	}
	if actor == nil && noun && r.typ == graph.Consult {
		if actor = a.journeyTraveller(v, t); actor != nil {
			c.rule += "-journey-present" // "arrived in Beijing for talks with Y": hosting.go
		}
	}
	if actor == nil && noun && r.typ == graph.Request {
		// "an invitation extended by Kim": handled in nounArguments; nothing else.
		return nil
	}
	if actor == nil && noun && r.name == "weapons-test" {
		actor = v.tester(t, c) // "announced its first nuclear weapons test"
	}
	if actor == nil {
		actor, target = a.exchange(v, t, r, c)
	}
	var collectiveActors, collectiveTargets []*graph.Entity
	if noun && v.clashBetweenSides(t, r, c, actor, target) {
		// clashsides.go: "clashes between gunmen from the rival Hamas and Fatah factions"
		collectiveActors, collectiveTargets = []*graph.Entity{actor, target}, []*graph.Entity{actor, target}
		c.rule += "-sides"
	}
	if actor == nil && r.pair {
		// "their meeting", "the two leaders met": the parties of the last meeting.
		for k := t - 1; k >= 0 && k >= t-4; k-- {
			if collective(toks, k) {
				if x, y, how := a.collectiveParties(toks, k, r.typ); x != nil {
					actor, target = x, y
					c.rule += how
					c.confidence = 0.5
					if y != nil && x != y && mutualActs[r.name] {
						// "the two countries normalized ties": both act, on each other
						collectiveActors, collectiveTargets = []*graph.Entity{x, y}, []*graph.Entity{x, y}
					}
				}
				break
			}
		}
	}
	if actor == nil && r.pair && noun {
		if x, y := a.bilateralParties(v, t); x != nil {
			actor, target = x, y // "the bilateral discussions scheduled for next week"
			c.rule += "-bilateral"
			c.confidence = 0.5
		}
	}
	if actor == nil && !r.pair && !noun {
		// "both sides praised the ruling": the two parties act together.
		if collectiveActors, collectiveTargets = a.collectiveArguments(v, t, r, c); collectiveActors != nil {
			actor = collectiveActors[0]
		}
	}
	if actor == nil {
		if actor = institutionActor(v, t); actor != nil {
			c.rule += "-seat" // "a court in Peru issued": the state whose body acts
			c.confidence = 0.55
		}
	}
	if actor == nil && !noun && r.typ == graph.Coerce && (r.mode == "arrest" || r.mode == "expel") {
		if actor = a.bodyInPlace(v, t, r.mode); actor != nil {
			c.rule += "-body-in-state" // "police arrested two Britons in Nairobi": the state of the place
			c.confidence = 0.55
			if n := v.directObject(t); n >= 0 {
				target = v.ms[n].ent
			}
		}
	}
	if actor == nil && r.typ == graph.Protest {
		if actor = a.crowdActor(v, t, c); actor != nil {
			c.rule += "-crowd" // "thousands of Nigerians rallied": unnamed citizens act for their country
			c.confidence = 0.55
		}
	}
	if actor == nil && r.name == "clash" && !noun && crowdClash(toks, t) {
		if actor = a.crowdActor(v, t, c); actor == nil {
			actor = a.clashPlace(v, t)
		}
		if actor != nil {
			// crowdclashes.go: "opposition supporters clashed with police": a violent protest
			c.typ, c.rule, c.confidence = graph.Protest, c.rule+"-crowd-riot", 0.55
		}
	}
	if r.typ == graph.Protest && (noun || strings.HasSuffix(c.rule, "-crowd")) && target == nil {
		if target = v.protestedParty(t); target != nil {
			c.rule += "-anti" // "anti-American protests in Afghanistan": whom they are against
			if actor == nil {
				actor = a.countryOf(v.eventPlace(t, c))
				c.confidence = 0.55
			}
		}
	}
	if actor == nil && noun && r.mode == "arrest" {
		if actor, target = a.arrestPlace(v, t); actor != nil {
			c.rule += "-in-state" // "her arrest in Iran": the state holds her
			c.confidence = 0.6
		}
	}
	if actor == nil {
		return nil
	}
	if r.placeOnly {
		if actor.Kind != graph.Person || !journeyForm(v.toks, t) {
			return nil // "an Indian train heading for Pakistan": a vehicle, not a visitor
		}
		if target = ent(v.placeDestination(t, r)); target == nil {
			return nil // "went on to win", "left for good": no journey to a place
		}
	}
	if strings.HasSuffix(c.rule, "-present") {
		if target = ent(v.afterPrep(t, r.preps)); target == nil {
			target = v.seatedBody(t) // "in Brussels for talks on Turkey's EU membership"
		}
		if target == nil {
			return nil
		}
	}
	if target == nil && r.preps != nil && !strings.HasSuffix(c.rule, "-exchange") {
		target = ent(v.afterPrep(t, r.preps))
	}
	if target == nil && noun {
		target = v.ofObject(t, r, c) // "Britain's expulsion of four Russian diplomats"
	}
	if target == nil && noun && r.name == "boycott" && strings.HasSuffix(c.rule, "-subject") {
		target = v.boycottObject(t) // boycottobjects.go: "initiated a boycott of Danish products"
	}
	var talksTargets []*graph.Entity
	if target == nil && (r.name == "walk-out" || r.name == "boycott-talks") {
		if talksTargets = v.talksParties(t, actor); len(talksTargets) > 0 {
			target = talksTargets[0] // "walked out of talks (between X, Y and Z)"
			c.rule += "-talks-parties"
		}
	}
	if target == nil && r.name == "boycott-talks" {
		if target = a.boycottMeetingHost(v, t); target != nil {
			c.rule += "-host" // boycottobjects.go: "boycotted the summit in Sri Lanka"
		}
	}
	if target == nil && r.typ == graph.Mobilize {
		if target = ent(v.facing(t)); target != nil { // "moved troops to the border with Eritrea"
			c.rule += "-facing"
		}
	}
	if target == nil && r.mode == "visit" && r.preps != nil {
		target = ent(v.placeAfterPrep(t, r.preps)) // "arrived in Beijing": the host is the capital's country
	}
	if target == nil && r.mode == "visit" && !noun {
		target = ent(v.placeObject(t)) // "visited Shanghai": the host is the city's country
	}
	if (target == nil || target == actor) && !noun { // "rejected by Chile": the agent read as the target too
		if referred, how := a.referredParty(v, t, r, actor); referred != nil {
			target = referred[0]
			c.rule += how // "called the remarks irresponsible", "rejected the offer": whoever made them
			if len(referred) > 1 {
				collectiveTargets = referred // "condemned the joint drills": all who hold them
			}
		}
	}
	target, collectiveTargets = a.requestedParties(v, t, r, c, actor, target, noun, collectiveTargets) // requestrefs.go: "called for the release of the sailors", "urged both sides"
	if target == nil && !noun {
		if target = a.kindObject(v, t, r, actor); target != nil {
			c.rule += "-kind-earlier" // "Amnesty published a report. Israel accused the organisation of bias"
		}
	}
	if target == nil && !noun {
		if target = a.activityCounterpart(v, t, r, actor); target != nil {
			c.rule += "-context" // "willing to rejoin the talks": the other party of the talks
		}
	}
	if target == nil && (!noun || r.typ == graph.Threaten) && complementTypes[r.typ] {
		// "threatened to attack X", and the noun: "North Korea's threat to attack X"
		if n := v.complementTarget(t); n >= 0 && (r.typ != graph.Reject || !v.oppositionTarget(t, n)) {
			target = ent(n)
			c.rule += "-complement"
			c.confidence = 0.6 // the complement's own event, if any, says more
		}
	}
	if target == nil && (r.typ == graph.Protest || r.typ == graph.Accuse) {
		if n := v.grievanceTarget(t); n >= 0 {
			target = ent(n) // "protests against abuses by the army of X": whoever is behind them
			c.rule += "-grievance"
		}
	}
	if target == nil && r.typ == graph.Request {
		if n := v.thatClauseTarget(t); n >= 0 {
			target = ent(n) // "demanded that Syria release": of whom it is asked
			c.rule += "-that"
		}
	}
	if target == nil && !noun {
		if n := v.objectPhraseTarget(t, r.typ); n >= 0 {
			target = ent(n) // "rejected an offer from India": whoever made it
			c.rule += "-object-phrase"
		}
	}
	if target == nil && (!r.optionalTarget || r.typ == graph.Protest) && !r.reverse {
		target = a.phraseTarget(v, t, r, c, actor, noun) // targets.go: inside or past the object, or the subject's owner
	}
	if target == nil && r.typ == graph.Aid {
		target = a.aidedPlaceState(v, t, c, actor) // pledgednouns.go: "delivered food aid to Darfur"
	}
	if target == nil && noun && strings.HasSuffix(c.rule, "-attributive") && r.typ == graph.Retreat {
		return nil // "the UN truce": a ceasefire named, not declared, by whom it concerns
	}
	if target == nil && r.typ == graph.Consult && actor.Kind == graph.Organization {
		if target = v.namedHost(actor); target != nil {
			c.rule += "-named-host" // "G8 leaders met ... at a summit held under Russia's presidency": consult.go
		}
	}
	if target == nil && !r.optionalTarget && r.name != "invite" {
		// Without a target the statement can only join an event named
		// elsewhere in the article (see merge); mark it as weaker.
		c.confidence -= 0.05
	}
	if target == nil && r.typ == graph.Request && r.mode == "invite" {
		target = otherParty(v, actor, t)
		if target != nil {
			c.rule += "-other-party"
			c.confidence = 0.5
		}
	}
	if target != nil && target.ID == actor.ID {
		target = nil
	}
	if target != nil && target.Kind == graph.Location && r.mode == "visit" {
		c.location = target
		if host, ok := a.entities[target.Country]; ok {
			target = host
		} else if e := a.x.gaz.byCountry(target.Country); e != nil {
			target = a.entity(e)
		} else {
			target = nil
		}
	}
	if target == nil && !r.pair && !r.reverse && (r.typ == graph.Coerce || r.typ == graph.Assault) {
		if target = v.countryPlace(t, c, actor, noun); target != nil {
			c.rule += "-country-host" // "an Israeli raid in Lebanon"
			c.confidence = 0.5
		}
	}
	if target == nil && !r.pair && !r.reverse && (r.typ == graph.Coerce || r.typ == graph.Assault) {
		// "reimposed blockades in the West Bank": force used in a place
		// with no one named falls on the state the place lies in.
		if p := v.forcePlace(t, c, noun); p != nil && p.Country != "" && p.Country != actor.ID && p.Country != actor.Country {
			if host, ok := a.entities[p.Country]; ok {
				target = host
			} else if e := a.x.gaz.byCountry(p.Country); e != nil {
				target = a.entity(e)
			}
			if target != nil {
				c.location = p
				c.rule += "-place-host"
				c.confidence = 0.5
			}
		}
	}
	if target == nil && noun && !r.pair && !r.reverse && (r.typ == graph.Coerce || r.typ == graph.Assault) && t+1 < len(v.toks) && v.toks[t+1].norm == "of" {
		// "Israel's blockade of Gaza", "the shelling of the West Bank town":
		// force on a place falls on the state it lies in.
		if host := a.presenceState(v, t+1); host != nil && host != actor && a.stateOf(actor) != host {
			target = host
			c.rule += "-place-host"
		}
	}
	if target == nil && r.name == "close-border" {
		target = a.borderAcross(v, t, actor) // forceacts.go: "closed its border with the Gaza Strip"
	}
	if target == nil && r.typ == graph.Retreat && r.mode == "withdraw" && !noun {
		if place, host := a.placeLeft(v, t, r.window, actor); host != nil {
			target = host // "pulled out of the Gaza Strip", "withdrew its troops from Kherson": presence.go
			if c.location == nil {
				c.location = place
			}
			c.rule += "-place-host"
		}
	}
	if r.reverse && target != nil {
		actor, target = target, actor
	}
	c.actors = []*graph.Entity{actor}
	if target != nil {
		c.targets = []*graph.Entity{target}
	} else {
		c.confidence -= 0.15
	}
	if !r.pair || len(c.targets) == 0 {
		c.actors = v.expand(c.actors, t, !noun && !strings.Contains(c.rule, "-passive"), c.targets)
	}
	if collectiveActors != nil {
		c.actors = collectiveActors
	}
	if (r.pair || c.typ == graph.Agree && mutualComplement(v.toks, t)) && len(c.targets) == 0 && len(c.actors) > 1 {
		// "signed by India and Germany", "India and Japan pledged to deepen
		// their partnership": the first named acts, the rest are met.
		c.actors, c.targets = c.actors[:1], c.actors[1:]
	}
	c.targets = v.expand(c.targets, t, false, c.actors)
	if len(talksTargets) > 1 {
		c.targets = talksTargets
	}
	c.joinPartner() // jointsubjects.go
	c.actors = a.withStates(c.actors, c.targets)
	c.targets = a.withStates(c.targets, c.actors)
	// An official acting on his own state is not an event between parties.
	c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool {
		return slices.ContainsFunc(c.actors, func(p *graph.Entity) bool { return p == e || a.stateOf(p) == e })
	})
	if collectiveTargets != nil {
		c.targets = collectiveTargets // "the two sides accused each other"
	}
	if len(c.targets) == 0 {
		c.targets = nil
	}
	return c
}

// setParties gives c its actors and targets, each joined by the states
// its officials act for, with no party on both sides, and reports whether
// a target is left.
func (a *article) setParties(c *candidate, actors, targets []*graph.Entity) bool {
	c.actors = a.withStates(actors, targets)
	c.targets = a.withStates(targets, c.actors)
	c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool { return slices.Contains(c.actors, e) })
	return len(c.targets) > 0
}

// frameConfidence is the confidence of the events the judgement frames
// (accuse.go, judge.go, legal.go, censure.go) read.
const frameConfidence = 0.6

// framed completes c, a judgement frame's reading of sentence s: it keeps
// c only with a party on each side, not both on one side, gives it the
// frames' confidence and its parties' states (setParties), and reports
// whether c is kept.
func (a *article) framed(c *candidate, s sentence) bool {
	if c == nil || len(c.actors) == 0 || len(c.targets) == 0 || a.sameSide(c.actors[0], c.targets[0]) {
		return false
	}
	c.sent, c.confidence = s, frameConfidence
	return a.setParties(c, c.actors, c.targets)
}

// withStates adds to es the state or body each person in it holds office
// for ("Israeli Prime Minister Ariel Sharon" acts for Israel): ANNOTATION.md
// makes both the official and the state parties. A person with no state
// office brings the body the article says he belongs to or speaks for
// ("Ian Paisley, leader of the Democratic Unionist Party"), as annotators
// list it beside him. A state already on the other side (other) is left
// out.
func (a *article) withStates(es, other []*graph.Entity) []*graph.Entity {
	out := es
	for _, e := range es {
		s := a.stateOf(e)
		if s == nil {
			s = a.bodyOfMember(e)
		}
		if s == nil || slices.ContainsFunc(out, func(o *graph.Entity) bool { return o.ID == s.ID }) ||
			slices.ContainsFunc(other, func(o *graph.Entity) bool { return o.ID == s.ID }) {
			continue
		}
		if len(out) == len(es) {
			out = slices.Clone(es)
		}
		out = append(out, s)
	}
	return out
}

// bodyOfMember returns the organisation the article states a person
// belongs to or speaks for ("X of Greenpeace", "X, spokesman of the
// Association"), or, for a body of a state, that state; or nil.
func (a *article) bodyOfMember(p *graph.Entity) *graph.Entity {
	if p.Kind != graph.Person {
		return nil
	}
	for _, r := range p.Roles {
		if e, ok := a.entities[r.Of]; ok && e.Kind == graph.Organization && a.heldAtPublication(p, r) {
			if s := a.bodyState(e); s != nil {
				return s // "Treasury Secretary James Baker" acts for the United States
			}
			return e
		}
	}
	return nil
}

// heldAtPublication reports whether p held role r when the article was
// published: a role the gazetteer dates must span the publication date
// ("Kofi Annan" in 2008 is no longer the UN's); undated, a role with an end
// counts only when it is the person's only one.
func (a *article) heldAtPublication(p *graph.Entity, r graph.Role) bool {
	if !a.hasPub {
		return r.Until == "" || len(p.Roles) == 1
	}
	pub := a.pub.Format("2006-01-02")
	return !(r.Since != "" && pub < r.Since) && !(r.Until != "" && pub[:min(len(pub), len(r.Until))] > r.Until)
}

// stateOffices are the titles whose holders act for their state or body.
var stateOffices = map[string]bool{
	"President": true, "Vice President": true, "President-elect": true, "Prime Minister": true, "Deputy Prime Minister": true,
	"Foreign Minister": true, "Vice Foreign Minister": true, "Deputy Foreign Minister": true, "Foreign Secretary": true,
	"External Affairs Minister": true, "Defence Minister": true, "Defence Secretary": true, "Secretary of Defense": true,
	"Secretary of State": true, "Interior Minister": true, "Finance Minister": true, "Trade Minister": true, "Minister": true,
	"Secretary-General": true, "Chancellor": true, "Premier": true, "King": true, "Queen": true, "Crown Prince": true,
	"Emir": true, "Sultan": true, "Supreme Leader": true, "Spokesman": true, "Spokeswoman": true, "Spokesperson": true,
	"Ambassador": true, "Envoy": true, "Head of State": true, "Chancellor-elect": true, "General Secretary": true,
}

// moreStateOffices are titles whose holders act for their state besides
// stateOffices and the ministers of any portfolio (see stateOffice).
var moreStateOffices = map[string]bool{
	"Attorney General": true, "Press Secretary": true, "High Representative": true,
	"Treasury Secretary": true, "Commerce Secretary": true, "Agriculture Secretary": true, "Energy Secretary": true,
	"Trade Representative": true, "Chancellor of the Exchequer": true, "Trade and Industry Secretary": true, "Treasurer": true,
	"General": true, "Major General": true, "Lieutenant General": true, "Brigadier General": true, "Admiral": true,
	"Diplomat": true, "Top Diplomat": true, "Special Envoy": true, "Special Representative": true, "Consul": true,
	"Consul General": true, "Attaché": true, "Military Attaché": true, "Naval Attaché": true, "Negotiator": true,
	"Chief Negotiator": true, "Nuclear Negotiator": true, "National Security Adviser": true,
}

// stateOffice reports whether a holder of title acts for the state or body
// it belongs to: the stateOffices, any minister ("Justice Minister",
// "Minister of Health"), and the moreStateOffices.
func stateOffice(title string) bool {
	return stateOffices[title] || moreStateOffices[title] ||
		strings.HasSuffix(title, " Minister") || strings.HasPrefix(title, "Minister of ") || strings.HasPrefix(title, "Minister for ")
}

// stateOf returns the article's copy of the country or organisation a
// person holds a state office of at publication (or, undated, the only or
// open-ended office), or nil; for a government body, the state it acts for
// (see bodyState).
func (a *article) stateOf(p *graph.Entity) *graph.Entity {
	if p.Kind != graph.Person {
		return a.bodyState(p)
	}
	for _, r := range p.Roles {
		if r.Of == "" || !stateOffice(r.Title) || !a.heldAtPublication(p, r) {
			continue
		}
		if e := a.x.gaz.byCountry(r.Of); e != nil {
			return a.entity(e)
		}
		if e, ok := a.x.gaz.orgByID[r.Of]; ok {
			return a.entity(e)
		}
		if e, ok := a.entities[r.Of]; ok {
			return e
		}
	}
	return nil
}

func first(es []*graph.Entity) *graph.Entity {
	if len(es) == 0 {
		return nil
	}
	return es[0]
}

// speechVerbs report what someone said: "X said that Y must ...".
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "insisted": true, "insists": true, "declared": true, "declares": true,
	"reiterated": true, "reiterates": true, "stated": true, "states": true, "told": true, "added": true, "warned": true,
	"warns": true, "argued": true, "argues": true, "stressed": true, "stresses": true, "maintained": true, "concluded": true,
}

// claimedBetween reports a verb of saying or claiming after the mention
// ending at last and before the subject slot j, followed by a noun of its
// own: in "Nasser Yousef claims militants opened fire" the name says, the
// militants fire. "X said it would" keeps X; that is read as a pronoun
// before this is asked.
func claimedBetween(toks []token, last, j int) bool {
	for k := last + 1; k < j; k++ {
		if !speechVerbs[toks[k].norm] && !toks[k].is(classClaimVerb) {
			continue
		}
		n := k + 1
		for n < j && (toks[n].norm == "that" || toks[n].norm == "the" || toks[n].norm == "some" || toks[n].norm == "armed") {
			n++
		}
		w := toks[n]
		return !w.upper && !w.punct && !w.digit && !subjectPronouns[w.norm] && !objectPronouns[w.norm] && !prepositions[w.norm] &&
			w.norm != "to" && !strings.HasSuffix(w.norm, "ly") && !auxiliaries[w.norm]
	}
	return false
}

// prepositions make the mention after them an oblique, not a subject.
var prepositions = map[string]bool{"of": true, "in": true, "for": true, "from": true, "on": true, "at": true, "by": true, "with": true, "to": true, "against": true}

// groupNouns follow a demonym to name a state's organs: "the Sudanese
// government must".
var groupNouns = map[string]bool{"government": true, "authorities": true, "leaders": true, "leadership": true, "officials": true, "forces": true, "troops": true, "regime": true, "administration": true}

// mustArguments reads "X said (that) Y must/should ...": a demand by X of
// Y. Y stands right before the modal; X is the subject of a speech verb a
// few words before Y.
func (a *article) mustArguments(v *sentenceView, t int) (actor, target *graph.Entity) {
	toks := v.toks
	k := t - 1
	if k >= 1 && groupNouns[toks[k].norm] {
		k--
	}
	n := v.obligedParty(k)
	if n < 0 || !usable(v.ms[n]) {
		return nil, nil
	}
	if f := v.ms[n].first; f > 0 && prepositions[toks[f-1].norm] {
		return nil, nil // "the disarmament of Hezbollah must": not the one asked
	}
	if obligedPassive(toks, t) || expectedOutcome(toks, t) {
		return nil, nil // "Israel must be punished": asked of someone else; "should grow": modalsenses.go
	}
	target = v.ms[n].ent
	for j := v.ms[n].first - 1; j >= 0 && j >= v.ms[n].first-8; j-- {
		if clauseBreak(toks[j]) {
			return nil, nil
		}
		if !speechVerbs[toks[j].norm] && !adviceVerbs[toks[j].norm] {
			continue
		}
		i := j - 1
		for i >= 0 && auxiliaries[toks[i].norm] {
			i--
		}
		switch {
		case i >= 0 && (toks[i].norm == "he" || toks[i].norm == "she"):
			actor = a.personBefore(v, i)
		case i >= 0 && v.at[i] >= 0 && usable(v.ms[v.at[i]]):
			actor = v.ms[v.at[i]].ent
		case i > 0 && a.appositiveSpeaker(v, i) != nil:
			actor = a.appositiveSpeaker(v, i) // "China's foreign minister, Yang Jiechi, said"
		case i >= 0 && groupNouns[toks[i].norm] && i > 0 && v.at[i-1] >= 0:
			actor = v.ms[v.at[i-1]].ent // "Russian officials said"
		default:
			actor = unnamedOfficial(v, i) // "a senior British minister said"
		}
		if actor == nil || actor == target || a.sameSide(actor, target) || v.speakersNationality(j, target) {
			return nil, nil // "Israeli general Dan Halutz said that Israel must be strong"
		}
		return actor, target
	}
	if actor = a.quotedObligationSpeaker(v, n); actor != nil && !a.sameSide(actor, target) {
		return actor, target // `"Iran must stop," Merkel said`
	}
	return nil, nil
}

// collectiveCounts make a plural noun a collective subject: "the two
// leaders", "both sides".
var collectiveCounts = map[string]bool{"the": true, "two": true, "both": true, "three": true, "four": true, "their": true}

// collective reports whether toks[k] stands for the parties of an earlier
// event: a pronoun ("they", "their", "both") or a counted plural ("the two
// leaders"), not a plural inside a name ("the council of foreign ministers").
func collective(toks []token, k int) bool {
	w := toks[k].norm
	if !collectiveSubjects[w] {
		return false
	}
	switch w {
	case "they", "their", "both":
		return true
	}
	return k > 0 && collectiveCounts[toks[k-1].norm]
}

// exchangeCues introduce the counterpart of a barter: what goes the other
// way from the last transfer named ("in exchange for food aid").
var exchangeCues = map[string]bool{"exchange": true, "return": true}

// exchange reads "X supplies Y ... in exchange for food aid": the aid goes
// from the last transfer's target to its actor.
func (a *article) exchange(v *sentenceView, t int, r *eventRule, c *candidate) (actor, target *graph.Entity) {
	if r.typ != graph.Aid {
		return nil, nil
	}
	for k := t - 1; k >= 1 && k >= t-8; k-- {
		if clauseBreak(v.toks[k]) {
			return nil, nil
		}
		if v.toks[k].norm == "for" && exchangeCues[v.toks[k-1].norm] {
			for i := len(a.found) - 1; i >= 0; i-- {
				if o := a.found[i]; (o.typ == graph.Aid || strings.Contains(o.rule, "arms-trade")) && len(o.targets) > 0 && o.sent.index < a.cur {
					c.rule, c.confidence = c.rule+"-exchange", 0.5
					return o.targets[0], o.actors[0]
				}
			}
			return nil, nil
		}
	}
	return nil, nil
}

// lastPair returns the most recent event of type typ with an actor and a target.
func (a *article) lastPair(typ graph.EventType) *candidate {
	for i := len(a.found) - 1; i >= 0; i-- {
		if c := a.found[i]; c.typ == typ && c.pair && len(c.targets) > 0 {
			return c
		}
	}
	return nil
}

// otherParty finds the counterpart of an actor in a sentence that names it
// only by context ("an invitation extended by Kim during their meeting"):
// the nearest other mention of the actor's kind, else of any kind.
func otherParty(v *sentenceView, actor *graph.Entity, t int) *graph.Entity {
	best, bestD := -1, 1<<30
	for pass := 0; pass < 2 && best < 0; pass++ {
		for n, m := range v.ms {
			if !usable(m) || m.ent.ID == actor.ID || (pass == 0 && m.ent.Kind != actor.Kind) {
				continue
			}
			d := m.first - t
			if d < 0 {
				d = t - m.last
			}
			if d < bestD {
				best, bestD = n, d
			}
		}
	}
	if best < 0 {
		return nil
	}
	return v.ms[best].ent
}

// nounArguments reads the arguments of a nominalisation: "X-Y summit",
// "summit between X and Y", "visit by X to Y", "X's visit to Y".
func (a *article) nounArguments(v *sentenceView, t int, r *eventRule, c *candidate) (actor, target *graph.Entity) {
	toks := v.toks
	ent := func(n int) *graph.Entity {
		if n < 0 {
			return nil
		}
		return v.ms[n].ent
	}
	// "Kim-Putin summit", "North Korea-Russia talks", "Kim Jong-un – Vladimir Putin summit".
	if r.pair && t > 0 {
		if n2 := v.at[t-1]; n2 > 0 {
			m2, m1 := v.ms[n2], v.ms[n2-1]
			gap := m2.first - m1.last
			joined := (gap == 1 && toks[m1.last].hyphen) || (gap == 2 && (toks[m1.last+1].text == "–" || toks[m1.last+1].text == "—" || toks[m1.last+1].text == "-" || toks[m1.last+1].norm == "and"))
			if joined && usable(m1) && m1.ent.ID != m2.ent.ID {
				c.rule, c.confidence = "noun:"+r.name+"-pair", 0.8
				return m1.ent, m2.ent
			}
		}
	}
	// "summit between X and Y".
	if b := v.meetingBetween(t); b >= 0 && (b == t+1 || r.typ == graph.Consult) {
		if x, y, how := a.betweenCollective(toks, b, r); x != nil {
			c.rule, c.confidence = "noun:"+r.name+"-between"+how, 0.6 // "the meeting between the two sides"
			return x, y
		}
		if n1 := v.next(b); n1 >= 0 {
			n2 := -1
			if end := v.bodySideEnd(n1); end+1 < len(toks) && toks[end+1].norm == "and" {
				if end == v.ms[n1].last {
					n2 = v.next(end + 1)
				} else {
					n2 = v.partyNamedAt(end + 2) // betweensides.go: "between the Indonesian government and"
				}
			}
			c.rule, c.confidence = "noun:"+r.name+"-between", 0.8
			if b > t+1 {
				c.rule, c.confidence = "noun:"+r.name+"-between-scheduled", 0.7
			}
			return ent(n1), ent(n2)
		}
	}
	// "the arrest of X by Y": the object before the agent.
	if actor, target, ok := a.ofByArguments(v, t, r); ok {
		c.rule, c.confidence = "noun:"+r.name+"-of-by", 0.75
		return actor, target
	}
	// "visit by X", "invitation extended by X", "the visit of X".
	for k := t + 1; k < len(toks) && k <= t+3; k++ {
		w := toks[k].norm
		if w == "by" || (w == "from" && !slices.Contains(r.preps, "from")) || (w == "of" && r.ofAgent && k == t+1) {
			if n := v.next(k); n >= 0 && v.ms[n].first-k <= 8 {
				actor = ent(n)
				c.rule, c.confidence = "noun:"+r.name+"-"+w, 0.8
				if r.preps != nil {
					target = ent(v.afterPrep(v.ms[n].last, r.preps))
				}
				return actor, target
			}
			break
		}
		if toks[k].punct || toks[k].upper || otherAgent(toks, k) {
			break // "the resignation was preceded by": the agent of another verb
		}
	}
	// "X arrived in Beijing for a two-day visit to China": a purpose
	// adjunct of the clause's verb shares its subject.
	if r.mode == "visit" && v.lastActor != nil && v.lastTrigger >= 0 && v.lastTrigger < t {
		for k := t - 1; k > v.lastTrigger && k >= t-4; k-- {
			if toks[k].norm == "for" || toks[k].norm == "on" {
				c.rule, c.confidence = "noun:"+r.name+"-purpose", 0.7
				return v.lastActor, nil
			}
			if toks[k].punct && !toks[k].hyphen || v.at[k] >= 0 {
				break
			}
		}
	}
	if r.pair {
		if x, y := v.adjunctPair(t); x != nil {
			c.rule, c.confidence = "noun:"+r.name+"-adjunct", 0.6
			return x, y
		}
	}
	// "X's upcoming visit", "Putin's supposed North Korean trip".
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if toks[m.last].poss && patientPossessor(toks, t, m.ent.Kind) {
				// "Myanmar extended Suu Kyi's detention": she is held; the
				// verb's subject, if named, holds her.
				if s := v.governingSubject(m.first); s >= 0 && v.ms[s].ent != m.ent {
					c.rule, c.confidence = "noun:"+r.name+"-patient-possessive", 0.6
					return v.ms[s].ent, m.ent
				}
				return nil, nil
			}
			if toks[m.last].poss && m.ent.Kind != graph.Location {
				actor = m.ent
				c.rule, c.confidence = "noun:"+r.name+"-possessive", 0.8
				if m.last+1 < t {
					// A demonym between owner and noun is the destination or target.
					if n2 := v.at[t-1]; n2 >= 0 && n2 != n && v.ms[n2].ent.Kind == graph.Country {
						target = ent(n2)
					}
				}
				return actor, target
			}
			if m.form == formDemonym && m.last == t-1 {
				k = m.first
				continue
			}
			break
		}
		tk := toks[k]
		if tk.punct || tk.upper || tk.norm == "of" || tk.norm == "by" || tk.norm == "and" || supportVerbs[tk.norm] {
			break
		}
		if _, ok := possessivePronouns[tk.norm]; ok {
			if actor, target, ok := a.possessiveEvent(v, t, k, r, c); ok {
				return actor, target // "Rice, on her visit to Japan"
			}
			if tk.norm == "his" || tk.norm == "her" {
				return nil, nil // "his visit": too unsure who
			}
		}
	}
	// "U.S. sanctions on Iran", "the Russian invasion", "an Israeli air
	// strike": an attributive actor, perhaps before a bare modifier.
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if n := v.at[k]; n >= 0 {
			if usable(v.ms[n]) {
				c.rule = "noun:" + r.name + "-attributive"
				return ent(n), nil
			}
			break
		}
		if toks[k].punct || toks[k].upper || toks[k].norm == "and" || toks[k].norm == "under" || triggerWord(toks[k].norm) || supportVerbs[toks[k].norm] || toks[k].is(classNotName) {
			break // "under": "Suu Kyi under house arrest" befell her
		}
	}
	// "X held talks with Y", "X imposed sanctions": a support verb's subject.
	sv := -1
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if supportVerbs[toks[k].norm] {
			if k+1 < t && (strings.HasSuffix(toks[k+1].norm, "ed") || toks[k+1].norm == "been" || perfectParticiples[toks[k+1].norm]) {
				break // "have promised new sanctions": an auxiliary, not "have talks"
			}
			sv = k
			break
		}
		if toks[k].punct || v.at[k] >= 0 || strings.HasSuffix(toks[k].norm, "ed") {
			break
		}
	}
	if sv < 0 {
		if x := a.anticipatedCarrierSubject(v, t, r, c); x != nil {
			return x, nil // anticipatedacts.go: "mounted its long-threatened invasion", "cancelled a visit"
		}
		if x := a.carriedFar(v, t, r, c); x != nil {
			return x, nil // "launched a full scale military invasion of X", "takes a quick trip to X": governed.go
		}
		if r.pair {
			if x, y, how := a.governedPairNoun(v, t, r); x != nil {
				c.rule, c.confidence = "noun:"+r.name+how, 0.55 // "set to begin talks with X"
				return x, y
			}
			if x, y, how := a.openingAdjunctPair(v, t, r); x != nil {
				c.rule, c.confidence = "noun:"+r.name+how, 0.55 // "At a meeting with X, Y said"
				return x, y
			}
		}
		return nil, nil
	}
	if acceptedYielding(toks, sv, r) {
		return nil, nil // verbalacts.go: "the king accepted the resignation" is not the king's
	}
	if sv > 0 && toks[sv-1].norm == "and" && v.lastActor != nil {
		c.rule = "noun:" + r.name + "-coordinated" // "met X and offered an apology"
		return v.lastActor, nil
	}
	if n := v.prev(sv); n >= 0 && sv-v.ms[n].last <= 8 {
		for k := v.ms[n].last + 1; k < t; k++ {
			if collective(toks, k) {
				return nil, nil
			}
		}
		actor = ent(n)
		if r.pair {
			if x, y, ok := andPair(v, n); ok {
				if z := v.thirdParty(t, r, x, y); z != nil {
					c.partner = y // jointsubjects.go: "France and Germany held talks with Russia"
					return x, z
				}
				return x, y
			}
		}
		c.confidence = 0.55
		c.rule = "noun:" + r.name + "-subject"
		return actor, nil
	}
	return nil, nil
}

func triggerWord(w string) bool { return triggers[w] != nil }

// verbTrigger reports a trigger that may be a verb: "war" and "summit"
// are only nouns, and a name before them qualifies them.
func verbTrigger(w string) bool { return triggers[w] != nil && triggers[w].verb }

// supportVerbs carry a nominalised event: "held talks", "imposed sanctions".
var supportVerbs = map[string]bool{
	"held": true, "hold": true, "holds": true, "holding": true, "had": true, "have": true, "having": true, "has": true, "conducted": true,
	"launched": true, "launch": true, "launches": true, "made": true, "make": true, "makes": true, "paid": true, "pay": true,
	"pays": true, "imposed": true, "impose": true, "imposes": true, "extended": true, "issued": true, "announced": true,
	"began": true, "begin": true, "begins": true, "started": true, "opened": true, "staged": true, "declared": true,
	"offered": true, "expressed": true, "ordered": true, "reached": true, "signed": true, "carried": true, "mounted": true,
	"lodged": true, "filed": true, "sent": true, "delivered": true, "accepted": true, "received": true, "resumed": true,
	"attended": true, "continued": true, "completed": true, "wrapped": true, "concluded": true,
	"undertook": true, "undertake": true, "undertakes": true, "remained": true, "remain": true, "remains": true, "go": true, "went": true,
	"engaged": true, "committed": true, "renewed": true, "renew": true, "renews": true, "organized": true, "organised": true, "joined": true, "waged": true, "stage": true, "stages": true,
	"put": true, "putting": true, "placed": true, "placing": true, "exerted": true, "exerting": true, "open": true, "agreed": true, "approved": true, "authorized": true, "authorised": true, "opens": true, "called": true, "gave": true,
	"initiated": true, "initiate": true, "initiates": true,
}

// andPair reads "X and Y" ending at mention n as a pair of equals.
func andPair(v *sentenceView, n int) (*graph.Entity, *graph.Entity, bool) {
	if n == 0 {
		return nil, nil, false
	}
	m := v.ms[n]
	// Step back over modifiers of the second party: "X and CPC leader Y".
	k := n - 1
	for k >= 0 && !usable(v.ms[k]) && v.ms[k].last > m.first-6 {
		k--
	}
	if k < 0 {
		return nil, nil, false
	}
	m0 := v.ms[k]
	if m0.last+1 >= m.first || v.toks[m0.last+1].norm != "and" || !usable(m0) || m0.ent.ID == m.ent.ID {
		return nil, nil, false
	}
	for j := m0.last + 2; j < m.first; j++ {
		u := v.toks[j]
		if v.at[j] < 0 && !u.upper && !isTitleWord(u.norm) && titles[u.norm] == "" && !objectDeterminers[u.norm] && !roleDescriptionWord(u.norm) { // rolepairs.go: "X and opposition leader Y"
			return nil, nil, false
		}
	}
	return m0.ent, m.ent, true
}

// namedAgent reports "by" right after the verb at t and a name right after
// it ("Governor Suzuki backed by the LDP"), where a participle after a
// name is a reduced passive; "talked by phone with" names no agent.
func (v *sentenceView) namedAgent(t int) bool {
	k := t + 2
	if k < len(v.toks) && v.toks[k].norm == "the" {
		k++
	}
	return k < len(v.toks) && v.toks[t+1].norm == "by" && v.at[k] >= 0
}

// verbArguments reads a verb's subject and object, in active or passive voice.
func (a *article) verbArguments(v *sentenceView, t int, r *eventRule, c *candidate) (actor, target *graph.Entity) {
	toks := v.toks
	ent := func(n int) *graph.Entity {
		if n < 0 {
			return nil
		}
		return v.ms[n].ent
	}
	// Passive: "was invited by X", "were attacked by X".
	k := t - 1
	for k >= 0 && (strings.HasSuffix(toks[k].norm, "ly") || toks[k].norm == "also" || toks[k].norm == "later" || toks[k].norm == "again" || toks[k].norm == "not" || toks[k].norm == "been" || toks[k].norm == "being") {
		if toks[k].norm == "been" || toks[k].norm == "being" {
			break
		}
		k--
	}
	if b := sharedPassiveBe(v, t, k); b >= 0 {
		k = b // sharedpassives.go: "was detained in New York and deported to Syria"
	}
	if k >= 1 && (toks[k].norm == "or" || toks[k].norm == "and") && (strings.HasSuffix(toks[k-1].norm, "ed") || pastForms[toks[k-1].norm] || irregularParticiples[toks[k-1].norm]) {
		k -= 2 // "were tortured or killed by", "was shot and killed by"
	}
	if v.continuesPassive(t) {
		c.rule += "-passive-coordinated" // "were captured by US forces and later freed"
		return v.lastAgent, v.lastActor
	}
	participle := strings.HasSuffix(toks[t].norm, "ed") || pastForms[toks[t].norm]
	reduced := participle && k >= 0 && (!toks[k].upper && !toks[k].punct || toks[k].text == "," || v.at[k] >= 0 && v.namedAgent(t)) && !auxiliaries[toks[k].norm] && !beForms[toks[k].norm] &&
		t+1 < len(toks) && agentFollows(toks, t) // "soldiers killed by Israel", "a soldier kidnapped earlier by militants", "Governor Suzuki backed by the LDP": a reduced passive
	if k >= 0 && (beForms[toks[k].norm] || reduced) && !strings.HasSuffix(toks[t].norm, "ing") { // "is rebuffing a statement issued by X": a progressive, not a passive
		agentless := false
		for j := t + 1; j < len(toks) && j <= t+6; j++ {
			if clauseBreak(toks[j]) || (toks[j].punct && toks[j].text != ",") {
				break
			}
			if toks[j].norm == "by" {
				agentless = true // "was shot dead by a conscript": whoever the passive names, not its subject
				if n := v.afterPrep(j-1, []string{"by"}); n >= 0 {
					if (reduced || toks[k].norm == "be") && offeredProposal(r, toks, k) {
						return nil, nil // offeredproposals.go: "a plan offered by Rep. X"
					}
					c.rule += "-passive"
					target := ent(v.judgedPassiveSubject(r, k, v.passiveSubject(t, k, reduced)))
					target = a.passivePronounSubject(v, k, target, c) // requestrefs.go: "he was asked by King Albert to"
					if o := v.whosePassiveTarget(k); o >= 0 {
						target = ent(o) // whoseclauses.go: "Kuwait, whose tankers were attacked by Iran"
					}
					if toks[k].text == "," {
						target = ent(v.headBefore(k)) // "Syria, backed by Iran,": the noun the participle follows
					}
					if v.continues(k) || (beForms[toks[k].norm] && v.continues(k-1)) {
						// "X was praised by A and criticised by B", "X praised A
						// and was criticised by B": the first verb's subject.
						target = v.lastActor
						c.rule += "-coordinated"
					}
					if target == ent(n) {
						target = nil
					}
					return ent(n), target
				}
			}
		}
		stative := t+1 < len(toks) && toks[t+1].norm == "to" && !strings.HasSuffix(toks[t].norm, "ing") && toks[t].norm != "invited" && !objectVerbs[toks[t].norm] && !askedVerbs[toks[t].norm] // "is opposed to": a state of the subject; "was invited to", "was deported to" are done to it
		if !stative && (agentless || strings.HasSuffix(toks[t].norm, "ed") || pastForms[toks[t].norm] || irregularParticiples[toks[t].norm]) {
			return nil, nil // agentless passive, or one whose agent has no name known: no actor stated
		}
	}
	if t > 0 && toks[t-1].poss {
		return nil, nil // "Russia's demonstrated interest": a participle, not a verb
	}
	if n, ok := v.controlledSubject(t); ok {
		// "allowed the refugees to travel": the object of the control verb acts.
		if n < 0 {
			return nil, nil
		}
		c.rule += "-controlled"
		if r.direct {
			target = ent(v.directObject(t))
		}
		return ent(n), target
	}
	// Subject: a pronoun or bare title right before the verb is the last
	// person named; else the nearest mention before the verb.
	j := skipParenthetical(toks, skipTimeAdverbs(toks, t-1))
	for j >= 0 && auxiliaries[toks[j].norm] {
		j--
	}
	j = skipPassiveCausative(toks, j) // causatives.go: "Sheridan, an SSP member, was forced to resign"
	if jj := skipMannerAdverb(toks, j); jj != j && toks[jj].text != "," && toks[jj].norm != "he" && toks[jj].norm != "she" {
		// "we solemnly demand", "and personally ask": the adverb stands
		// between subject and verb. ("He repeatedly urged" is left to the
		// pronoun rules as it was: the last person named is often not he.)
		j = jj
	}
	if n, ok := v.relativeAntecedent(skipMannerAdverb(toks, j)); ok && j != skipMannerAdverb(toks, j) {
		// "Murtha, who had served as a Marine Corps officer, angrily
		// denounced": the relative clause's antecedent, not its last name.
		if n < 0 {
			return nil, nil
		}
		if r.direct {
			target = ent(v.directObject(t))
		}
		c.rule += "-relative-antecedent"
		return ent(n), target
	}
	if p := a.quotedOwnSubject(v, j); p != nil { // quotedfirstperson.go: `"Our troops took the town," the minister said`
		c.rule, c.confidence = c.rule+"-quote-own", 0.55
		if r.direct {
			target = a.quotedUsObjectOr(v, t, ent(v.directObject(t)))
		}
		return p, target
	}
	if x, y, ok := a.whoseAgent(v, j, t, r, c); ok { // whoseclauses.go: "Iraq, whose troops shelled Iranian posts"
		return x, y
	}
	if n := v.forcesOwner(j); r.typ == graph.Assault && n >= 0 && r.direct {
		c.rule += "-owner" // forceverbs.go: "India said its troops shelled Pakistani posts"
		return ent(n), ent(v.directObject(t))
	}
	if r.typ == graph.Assault && j >= 1 && armedCollectives[toks[j].norm] && v.at[j] < 0 && v.at[j-1] < 0 && !toks[j-1].poss &&
		(j < 2 || v.at[j-2] < 0 || (!v.ms[v.at[j-2]].modifier && v.ms[v.at[j-2]].form != formDemonym)) { // "Irish nationalist guerrillas" keep their state
		// "Yousef claims militants opened fire": armed men of no named
		// group; the nearest name before is not who fired.
		return nil, nil
	}
	if n := v.appositiveSubject(j); n >= 0 {
		// "Ali Gedi, the Somali prime minister, urged": the named person.
		actor = ent(n)
		c.confidence = 0.7
		if r.direct {
			target = ent(v.directObject(t))
		}
		return actor, target
	}
	switch {
	case j == t-1 && strings.HasSuffix(toks[t].norm, "ing") && v.lastActor != nil && !beForms[toks[j].norm] && toks[j].text != "," && (v.at[j] < 0 || v.ms[v.at[j]].form != formDemonym):
		// "Annan urged Israel to lift the blockade faulting it": an -ing
		// adjunct shares the subject of the clause's verb.
		actor = v.lastActor
		c.rule += "-participle"
		c.confidence = 0.55
	case j >= 0 && v.at[j] >= 0 && v.memberBefore(v.at[j]) >= 0:
		// "Kenneth Roth of Human Rights Watch accused": the member speaks;
		// withStates adds the body he belongs to.
		actor = ent(v.memberBefore(v.at[j]))
		c.rule += "-member"
	case j >= 0 && v.at[j] >= 0 && v.postedIn(v.at[j]):
		actor, _ = v.postingHost(v.at[j]) // postings.go: "the Dominican ambassador in Haiti demanded"
		c.rule += "-posting"
	case j >= 0 && v.at[j] >= 0 && v.placesGroup(v.at[j]): // placedgroups.go: "EC ministers in Luxembourg endorsed"
		if actor = ent(v.groupOwner(v.at[j])); actor == nil {
			return nil, nil
		}
		c.rule += "-placed-group"
	case j >= 0 && v.at[j] >= 0 && usable(v.ms[v.at[j]]):
		actor = ent(v.at[j])
		if g := v.coordinated(v.at[j]); r.pair && len(g) > 2 {
			// "The US, Russia and Switzerland met": the first named acts.
			if n := v.directObject(t); n < 0 || !r.direct {
				return ent(g[0]), ent(g[1])
			}
		}
		if r.pair {
			if x, y, ok := andPair(v, v.at[j]); ok {
				if n := v.directObject(t); n < 0 || !r.direct {
					if z := v.thirdParty(t, r, x, y); z != nil {
						c.partner = y // jointsubjects.go: "Ecuador and Venezuela severed ties with Colombia"
						return x, z
					}
					return x, y
				}
				actor = x
				c.partner = y // jointsubjects.go: "Chirac and Schroeder met Putin"
			}
		}
	case j >= 0 && pronounSubjects[toks[j].norm] && (toks[j].norm == "he" || toks[j].norm == "she" || (j > 0 && toks[j-1].norm == "the")):
		actor = a.personBefore(v, j)
		c.rule += "-pronoun"
		c.confidence = 0.5
	case j >= 0 && (toks[j].norm == "we" || toks[j].norm == "i") && a.inQuotation(toks, j):
		// `"We urge Iran to ...," she said`: the speaker of the quote.
		actor = a.quotedFirstPersonSubject(v, j, t) // quotedfirstperson.go
		c.rule += "-quote"
		c.confidence = 0.5
	case j >= 0 && v.reportedSubject(j) != nil:
		actor = v.reportedSubject(j) // "Syria said it would": the sayer
		c.rule += "-reported"
		c.confidence = 0.6
	case j >= 0 && collective(toks, j):
		return nil, nil // resolved by the caller for pairs
	case j >= 0 && a.sayerOfCoordinate(v, j, t) != nil:
		actor = a.sayerOfCoordinate(v, j, t) // "X said Y had ... and praised Z": the sayer praises
		c.rule += "-sayer"
		c.confidence = 0.55
	case v.sharesSubject(j):
		actor = v.lastActor // "He met X and visited Y", "criticised X but praised Y": the first verb's subject
		c.rule += "-coordinated"
		if n := v.contrastSubject(j); n >= 0 {
			actor = ent(n) // "X promised ..., but Y called ... and demanded"
			c.rule = strings.TrimSuffix(c.rule, "-coordinated")
		}
	case j >= 1 && relativePronouns[toks[j].norm]:
		// "Russia and China, who have requested": the antecedent.
		k := j - 1
		if toks[k].text == "," {
			k--
		}
		if k < 0 {
			break // ", who is visiting India, anticipated": a sentence cut before its antecedent
		}
		if n := v.at[k]; n >= 0 && usable(v.ms[n]) {
			actor = ent(n)
			c.rule += "-relative"
			c.confidence = 0.6
		}
	case j >= 0 && toks[j].text == ",":
		// "Lien Chan, chairman of the KMT, met Hu": the subject opens the
		// clause; "He reiterated ..., urging X": so does a pronoun.
		if passiveBefore(toks, j) && !relativeBefore(toks, j) {
			return nil, nil // "A barracks was hit, killing soldiers": no agent stated
		}
		if p := firstWord(toks); p >= 0 && p < j && (toks[p].norm == "he" || toks[p].norm == "she") {
			actor = a.personBefore(v, p)
			c.rule += "-pronoun"
		} else {
			actor = ent(v.subject(j))
		}
		c.confidence = 0.6
	default:
		if j >= 0 && coordinators[toks[j].norm] && !exceptive(toks, j) {
			if n := v.coordinatedClauseSubject(j); n >= 0 {
				// "Portugal has a plane flying aid to Lebanon and has
				// deployed troops": the clause's subject, not the last name.
				actor = ent(n)
				c.rule += "-clause-subject"
				c.confidence = 0.6
				break
			}
		}
		if n := v.prev(t); n >= 0 && t-v.ms[n].last <= 10 && (j < 0 || subjectPronouns[toks[j].norm] || !v.obliqueMention(n)) && !v.unknownName(j) && !claimedBetween(toks, v.ms[n].last, j) {
			actor = ent(n)
			c.confidence = 0.6
		}
	}
	if actor == nil {
		return nil, nil
	}
	if r.direct {
		target = a.quotedUsObjectOr(v, t, ent(v.directObject(t))) // quotedfirstperson.go: `"They shelled us," X said`
		if target == nil && t+1 < len(toks) && objectPronouns[toks[t+1].norm] && v.lastTarget != nil {
			target = v.lastTarget // "urged Israel to lift ..., faulting it"
		}
		if target == nil && t+1 < len(toks) {
			target = a.quotedPronounTarget(v, t+1, c, actor) // `"We expect him to withdraw," X said`
		}
		if target == nil {
			if target = personObject(v, t, actor); target != nil {
				c.rule += "-him" // "Hekmatyar offered him sanctuary"
			} else if target = a.earlierPersonObject(v, t, actor); target != nil {
				c.rule += "-him-earlier" // "X met Y. He urged him to ..."
			}
		}
	}
	return actor, target
}

// timeAdverbs may stand between a subject and its verb: "Gaddafi and
// Zhivkov today signed", "Italy on Friday rejected".
var timeAdverbs = map[string]bool{
	"today": true, "yesterday": true, "tonight": true, "overnight": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// skipTimeAdverbs steps back from j over a time adverb and its
// preposition ("on Friday", "last Sunday", "today") and returns the
// index before it, or j when there is none. Auxiliaries before the
// adverb are left to the caller.
func skipTimeAdverbs(toks []token, j int) int {
	k := j
	for k >= 0 && auxiliaries[toks[k].norm] && toks[k].norm != "to" {
		k--
	}
	if k < 0 || !timeAdverbs[toks[k].norm] {
		return j
	}
	k--
	if k >= 0 && (toks[k].norm == "on" || toks[k].norm == "last" || toks[k].norm == "this" || toks[k].norm == "late" || toks[k].norm == "early") {
		k--
	}
	if k < 0 || clauseBreak(toks[k]) || toks[k].text == "," {
		return j
	}
	return k
}

// objectPronouns stand for the last target named in the sentence.
var objectPronouns = map[string]bool{"it": true, "them": true}

// passiveBefore reports a passive verb ("was hit") in the few words before j.
func passiveBefore(toks []token, j int) bool {
	for k := j - 1; k >= 1 && k >= j-4; k-- {
		if beForms[toks[k-1].norm] && (strings.HasSuffix(toks[k].norm, "ed") || pastForms[toks[k].norm] || toks[k].norm == "hit") {
			return true
		}
	}
	return false
}

// complementTypes are the event types whose verbs take an infinitive
// clause naming whom the event concerns: promises, refusals, threats.
var complementTypes = map[graph.EventType]bool{graph.Agree: true, graph.Reject: true, graph.Threaten: true, graph.Support: true}

// objectDeterminers may stand between a verb and its object's name.
var objectDeterminers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true}

// directObject returns the mention that is the object of the verb at t:
// the first usable mention within four tokens, or further when only
// determiners, titles, modifiers and capitalised words stand between
// ("met the German Economy Minister Michael Glos"), or -1.
func (v *sentenceView) directObject(t int) int {
	for k := t + 1; k < len(v.toks) && k <= t+9; k++ {
		if n := v.at[k]; n >= 0 {
			if usable(v.ms[n]) && !v.ms[n].place && !v.demonymBeforeGroup(n) { // describedgroups.go
				return n
			}
			k = v.ms[n].last
			continue
		}
		u := v.toks[k]
		if listColon(v.toks, k) {
			continue // "released four dissidents: A, B and C"
		}
		if titledApposition(v, k) {
			continue // "compared the Libyan leader, Omar Salah, to"
		}
		if clauseBreak(u) || (u.punct && u.text != "-" && u.text != ".") || whWords[u.norm] {
			return -1 // "raided what the army called a camp": a clause, not a name, is the object
		}
		if k-t <= 3 || objectDeterminers[u.norm] || isTitleWord(u.norm) || titles[u.norm] != "" || (u.upper && !u.punct && !u.is(classNotName)) || v.describedGroupAt(k) {
			continue // describedgroups.go: "the outlawed Islamist group Hizb ut-Tahrir"
		}
		return -1
	}
	return -1
}

// coordinated returns mention n and the usable mentions joined to it by
// commas and "and" ("Russia, China and Japan"), in text order.
func (v *sentenceView) coordinated(n int) []int {
	joined := func(a, b int) bool { // mentions a < b joined by "," / "and" / ", and" / "and the"
		if !usable(v.ms[a]) || !usable(v.ms[b]) || v.ms[a].ent.ID == v.ms[b].ent.ID {
			return false
		}
		gap := v.toks[v.ms[a].last+1 : v.ms[b].first]
		if len(gap) == 0 || len(gap) > 3 {
			return false
		}
		and := false
		for _, u := range gap {
			switch {
			case u.norm == "and":
				and = true
			case u.text == ",", u.norm == "the", u.norm == "both":
			default:
				return false
			}
		}
		return and || gap[0].text == "," && (len(gap) == 1 || len(gap) == 2 && gap[1].norm == "the") // "Syria, the Palestinian Territories and Iran"
	}
	lo, hi := n, n
	for lo > 0 && joined(lo-1, lo) {
		lo--
	}
	for hi+1 < len(v.ms) && joined(hi, hi+1) {
		hi++
	}
	if b := v.roleJoinedAfter(hi); b >= 0 {
		hi = b // rolepairs.go: "met Olmert and Palestinian president Abbas"
	} else if a := v.roleJoinedBefore(lo); a >= 0 {
		lo = a
		for lo > 0 && joined(lo-1, lo) {
			lo--
		}
	}
	lo, hi = v.splitCoordinatedClauses(lo, hi, n) // clausescope.go: "criticised Iran and Putin condemned"
	// A comma list must end in "and": "Japan, China" alone is an apposition.
	hasAnd := false
	for k := lo; k < hi; k++ {
		for _, u := range v.toks[v.ms[k].last+1 : v.ms[k+1].first] {
			if u.norm == "and" {
				hasAnd = true
			}
		}
	}
	if !hasAnd || hi-lo > 6 {
		return []int{n}
	}
	out := make([]int, 0, hi-lo+1)
	for k := lo; k <= hi; k++ {
		if usable(v.ms[k]) { // not the demonym of a role description
			out = append(out, k)
		}
	}
	return out
}

// mentionOf returns the mention of e nearest to t, before it when before
// is set, after it otherwise, or -1.
func (v *sentenceView) mentionOf(e *graph.Entity, t int, before bool) int {
	best := -1
	for n, m := range v.ms {
		if m.ent != e {
			continue
		}
		if before && m.last < t {
			best = n
		}
		if !before && m.first > t {
			return n
		}
	}
	return best
}

// expand replaces es (one entity) by its coordinated group in the sentence.
func (v *sentenceView) expand(es []*graph.Entity, t int, before bool, other []*graph.Entity) []*graph.Entity {
	if len(es) != 1 {
		return es
	}
	n := v.mentionOf(es[0], t, before)
	if n < 0 {
		n = v.mentionOf(es[0], t, !before) // "Egypt, Jordan and Qatar met": targets before the verb
	}
	if n < 0 {
		return es
	}
	group := v.coordinated(n)
	if len(group) < 2 {
		return es
	}
	var out []*graph.Entity
	for _, k := range group {
		e := v.ms[k].ent
		if slices.Contains(out, e) || slices.Contains(other, e) {
			continue
		}
		out = append(out, e)
	}
	if len(out) == 0 {
		return es
	}
	return out
}

// relativePronouns open a relative clause whose subject is the noun before.
var relativePronouns = map[string]bool{"who": true, "which": true, "whose": true}

// contrastWords open a clause with a new subject: "X did A, but Y did B".
var contrastWords = map[string]bool{"but": true, "while": true, "whereas": true, "although": true, "though": true}

// contrastSubject returns the subject of the clause opened by a contrast
// word between the sentence's previous verb trigger and j, or -1.
func (v *sentenceView) contrastSubject(j int) int {
	for k := j - 1; k > v.lastTrigger && k >= j-maxArgGap; k-- {
		if !contrastWords[v.toks[k].norm] {
			continue
		}
		for i := k + 1; i < j; i++ {
			if n := v.at[i]; n >= 0 && usable(v.ms[n]) {
				return n
			}
		}
		return -1
	}
	return -1
}

// memberBefore returns the person named right before "of [the]" and
// mention n, an organisation: "Kenneth Roth of Human Rights Watch",
// "David Barnouw of the Institute"; else -1.
func (v *sentenceView) memberBefore(n int) int {
	m := v.ms[n]
	if m.ent.Kind != graph.Organization {
		return -1
	}
	k := m.first - 1
	if k >= 0 && v.toks[k].norm == "the" {
		k--
	}
	if k < 1 || v.toks[k].norm != "of" {
		return -1
	}
	if p := v.at[k-1]; p >= 0 && v.ms[p].ent.Kind == graph.Person && usable(v.ms[p]) {
		return p
	}
	return -1
}

// appositiveSubject returns the person named before an apposition that
// ends at j: "Ali Gedi, the Somali prime minister[,] urged". Only title
// words, demonyms and determiners may fill the apposition.
func (v *sentenceView) appositiveSubject(j int) int {
	k := j
	if k >= 0 && v.toks[k].text == "," {
		k--
	}
	titled := false
	for k >= 0 {
		u := v.toks[k]
		switch {
		case isTitleWord(u.norm) || titles[u.norm] != "":
			titled = true
		case v.at[k] >= 0 && v.ms[v.at[k]].ent.Kind == graph.Country:
			k = v.ms[v.at[k]].first
		case u.norm == "the" || u.norm == "a":
		case u.text == ",":
			if !titled || k == 0 {
				return -1
			}
			if n := v.at[k-1]; n >= 0 && v.ms[n].ent.Kind == graph.Person && usable(v.ms[n]) {
				return n
			}
			return -1
		default:
			return -1
		}
		k--
	}
	return -1
}

// quoted reports whether toks[j] lies inside an opening quotation mark.
func quoted(toks []token, j int) bool {
	return quotedAfter(toks, j, continuesQuotation(toks))
}

// quoted is quoted(v.toks, j) with continuesQuotation, a scan of the whole
// sentence, made once per sentence: frames ask it at every quotation mark.
func (v *sentenceView) quoted(j int) bool {
	if v.quoteCarried == 0 {
		v.quoteCarried = 1
		if continuesQuotation(v.toks) {
			v.quoteCarried = 2
		}
	}
	return quotedAfter(v.toks, j, v.quoteCarried == 2)
}

// quotedAfter reports whether toks[j] lies inside a quotation, given
// whether one is already open at the sentence's start.
func quotedAfter(toks []token, j int, open bool) bool {
	for k := 0; k < j; k++ {
		switch toks[k].text {
		case "\"", "“", "”", "``", "''":
			open = !open
		}
	}
	return open
}

// quoteSpeaker returns who says the quotation holding the verb at t: the
// subject of the speech verb after it (`," Rice said`, `," said Rice`,
// `," she said`, `," Rice was quoted as saying`), unless a speaker
// introduces it (`Rice said, "`); else the last speaker, when the
// quotation opens a sentence right after the one that named him.
func (a *article) quoteSpeaker(v *sentenceView, t int) *graph.Entity {
	if e := a.introducedSpeaker(v, t); e != nil {
		return e
	}
	for k := t + 1; k < len(v.toks); k++ {
		if speechAt(v.toks, k) && v.at[k] < 0 { // "the United States" does not say
			return a.speakerOf(v, k, true)
		}
	}
	if e := a.continuingSpeaker(v); e != nil {
		return e
	}
	if e := a.runningSpeaker(v.toks, t); e != nil {
		return e
	}
	return a.trailingSpeaker(v.toks)
}

// firstWord returns the index of the sentence's first word, or -1.
func firstWord(toks []token) int {
	for i, t := range toks {
		if !t.punct {
			return i
		}
	}
	return -1
}

// subject returns the subject of a clause whose verb follows the comma at
// j, the end of an interruption: the first usable mention of the sentence
// before its first comma ("Lien Chan, chairman of the KMT, met"), else
// the name that opens the interruption's clause after a fronted adverbial
// or a title ("On Monday, Russia, which backs Iran, condemned"; "The
// Iranian President, Mahmoud Ahmadinejad, condemned"), or -1.
func (v *sentenceView) subject(j int) int {
	for k := 0; k < j && k <= maxArgGap*2; k++ {
		if n := v.at[k]; n >= 0 && usable(v.ms[n]) {
			return n
		}
		if v.toks[k].text == "," || clauseBreak(v.toks[k]) {
			for i := j + 1; i < len(v.toks) && auxiliaries[v.toks[i].norm]; i++ {
				if v.toks[i].norm == "to" {
					return -1 // "called for the minister, X, to resign": asked of X, not done
				}
			}
			return v.commaSubject(j)
		}
	}
	return -1
}

// personBefore returns the person a "he" or "she" at token j stands for:
// the person named last before it in this sentence who is not the object
// of a preposition, else the person named last, else one of earlier
// sentences. A pronoun subject continues the subject before it rather
// than a name in a phrase: "Olmert has not commented on the remarks made
// by Mofaz, but he said" is Olmert speaking.
func (a *article) personBefore(v *sentenceView, j int) *graph.Entity {
	last := -1
	for n := len(v.ms) - 1; n >= 0; n-- {
		if v.ms[n].last >= j || v.ms[n].ent.Kind != graph.Person {
			continue
		}
		if !v.obliqueMention(n) {
			return v.ms[n].ent
		}
		if last < 0 {
			last = n
		}
	}
	if last >= 0 {
		return v.ms[last].ent
	}
	return a.lastPersonFor(v, j) // clausescope.go: not a person named later in the clause
}

// criticisedThings are what words are aimed at, not force: "attacked the
// government's handling", "attacked Chile's policy", "an attack on his
// remarks".
var criticisedThings = map[string]bool{
	"policy": true, "policies": true, "decision": true, "decisions": true, "remarks": true, "remark": true, "comments": true,
	"comment": true, "handling": true, "statement": true, "statements": true, "stance": true, "plan": true, "plans": true,
	"proposal": true, "proposals": true, "record": true, "speech": true, "views": true, "announcement": true,
	"announcements": true, "performance": true, "response": true, "competence": true, "approach": true, "rhetoric": true,
	"claims": true, "legislation": true, "bill": true, "budget": true, "reforms": true, "strategy": true, "agenda": true,
	"leadership": true, "stewardship": true, "management": true, "words": true, "position": true,
	"mismanagement": true, "credibility": true, "integrity": true, "credentials": true, "role": true,
}

// criticisedBodies are attacked in words when nothing physical follows:
// "attacked the government", not "attacked government troops".
var criticisedBodies = map[string]bool{"government": true, "administration": true, "opposition": true}

// physicalTargets make an attack force even after a criticised word:
// "attacked government troops", "attacks on government buildings".
var physicalTargets = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "building": true, "buildings": true, "offices": true, "office": true,
	"officials": true, "official": true, "institutions": true, "guesthouse": true, "positions": true, "convoy": true,
	"convoys": true, "compound": true, "compounds": true, "headquarters": true, "installations": true, "facilities": true,
	"posts": true, "post": true, "army": true, "militia": true, "vehicles": true, "vehicle": true, "base": true, "bases": true,
	"targets": true, "police": true, "checkpoint": true, "checkpoints": true, "camp": true, "camps": true, "employees": true,
	"workers": true, "ministers": true, "minister": true, "supporters": true, "members": true, "candidate": true,
}

// verbalAdjectives make an attack noun words: "a scathing attack on".
var verbalAdjectives = map[string]bool{"verbal": true, "scathing": true, "stinging": true, "blistering": true, "withering": true, "rhetorical": true, "personal": true, "political": true, "sharp": true, "strong": true, "harsh": true}

// reasonPrepositions give what an attack in words is for: "attacked the
// Labor government for voting", "attacked Obama over his comments".
var reasonPrepositions = map[string]bool{"for": true, "over": true, "on": true}

// verbalAttack reports an attack (verb or noun at t) made in words, which
// is criticism (ACCUSE) and not force: its object is a policy, a
// statement or a government with nothing physical after it, or a reason
// follows ("over his comments", "for voting").
func verbalAttack(v *sentenceView, t int, noun bool) bool {
	toks := v.toks
	if !strings.HasPrefix(toks[t].norm, "attack") {
		return false
	}
	k := t + 1
	if noun {
		if t > 0 && verbalAdjectives[toks[t-1].norm] {
			return true
		}
		if k >= len(toks) || (toks[k].norm != "on" && toks[k].norm != "against") {
			return false
		}
		k++
	}
	crit := false
	body := false
	for ; k < len(toks) && k <= t+9; k++ {
		w := toks[k]
		if v.at[k] >= 0 {
			if (w.norm == "government" || w.norm == "administration") && !noun {
				body = true // "attacking the government": a reference to a state
			}
			continue // a name: "George W. Bush's comments"
		}
		if physicalTargets[w.norm] {
			return false
		}
		if criticisedThings[w.norm] {
			crit = true
		}
		if criticisedBodies[w.norm] && !noun {
			body = true
		} else if body && !w.punct && !w.upper && v.at[k] < 0 && !prepositions[w.norm] && !reasonPrepositions[w.norm] && w.norm != "and" {
			body = w.poss // "the government's handling": the head follows
		}
		if clauseBreak(w) || (w.punct && !w.poss) || w.norm == "with" {
			break
		}
		if prepositions[w.norm] || reasonPrepositions[w.norm] {
			if crit {
				return true
			}
			if !reasonPrepositions[w.norm] || k+1 >= len(toks) || noun {
				break
			}
			n := toks[k+1]
			switch {
			case n.norm == "its" || n.norm == "his" || n.norm == "her" || n.norm == "their":
				return true // "attacked Obama over his comments"
			case w.norm == "for" && strings.HasSuffix(n.norm, "ing"):
				return true // "attacked the government for voting"
			case n.norm == "the" && k+2 < len(toks) && (criticisedThings[toks[k+2].norm] || verbalReasons[toks[k+2].norm]):
				return true // "attacked the government over the scandal"
			}
			break
		}
	}
	return crit || body
}

// verbalReasons are what an attack in words is over: "attacked the
// government over the scandal".
var verbalReasons = map[string]bool{"scandal": true, "affair": true, "appointment": true, "issue": true, "matter": true, "report": true, "cuts": true, "crisis": true, "failure": true, "decision": true}

// heavyWeapons are fired at a target: "fired more than 100 rockets into".
var heavyWeapons = map[string]bool{"rockets": true, "rocket": true, "missiles": true, "missile": true, "mortars": true, "mortar": true, "shells": true, "grenades": true, "katyushas": true, "projectiles": true}

// firedOn reports "fire" used of weapons where the window of the fire rule
// misses it: a target right after the verb ("fired on protesters", "fired
// into the crowd") or a weapon further on ("fired more than 100 rockets").
// "fired on Monday" (a dismissal, say) is not.
func firedOn(toks []token, t int) bool {
	if t+2 < len(toks) {
		switch toks[t+1].norm {
		case "on", "upon", "into":
			n := toks[t+2].norm
			return !timeAdverbs[n] && !toks[t+2].punct && n != "fire" && !strings.HasSuffix(n, "day")
		}
	}
	for k := t + 1; k < len(toks) && k <= t+6; k++ {
		if clauseBreak(toks[k]) || toks[k].punct {
			return false
		}
		if heavyWeapons[toks[k].norm] {
			return true
		}
	}
	return false
}

// armedCollectives are the plural nouns for armed men whose group or state
// stands before them: "Hezbollah militants", "Israeli troops".
var armedCollectives = map[string]bool{
	"militants": true, "fighters": true, "guerrillas": true, "guerillas": true, "troops": true, "forces": true, "soldiers": true,
	"police": true, "policemen": true, "rebels": true, "insurgents": true, "gunmen": true, "militiamen": true, "commandos": true,
}

// domesticCues before a request or a reproach make it a matter inside
// one country: "opposition leader X asked the government".
var domesticCues = map[string]bool{
	"opposition": true, "lawmakers": true, "legislators": true, "parliamentarians": true, "mps": true, "senator": true,
	"senators": true, "parliament": true, "congressman": true, "congressmen": true, "deputies": true, "activists": true,
	"protesters": true, "protestors": true, "demonstrators": true, "unions": true, "union": true, "critics": true,
}

// domesticTarget fixes "the government" (a reference the resolver took
// from the sentences before) when the request or reproach at t comes
// from inside a country: an official asks his own government, and an
// opposition leader asks the government of his own country, not the
// foreign state named last. With no home known for the actor, the
// reference is dropped rather than left on a foreign state.
func (a *article) domesticTarget(v *sentenceView, t int, c *candidate) {
	if len(c.actors) == 0 || len(c.targets) == 0 {
		return
	}
	ref := -1
	for n, m := range v.ms {
		if m.form == formRef && m.ent.Kind == graph.Country && m.first > t && m.first <= t+4 && slices.Contains(c.targets, m.ent) {
			ref = n
			break
		}
	}
	if ref < 0 {
		return
	}
	cue := false
	for k := firstWord(v.toks); k >= 0 && k < t; k++ {
		if domesticCues[v.toks[k].norm] {
			cue = true
			break
		}
	}
	var home *graph.Entity
	for _, p := range c.actors {
		if p.Kind == graph.Country {
			return // a state asks a government: the resolver's reading stands
		}
		if s := a.stateOf(p); s != nil && s.Kind == graph.Country {
			home = s
			break
		}
		if cue && p.Country != "" {
			if e, ok := a.entities[p.Country]; ok {
				home = e
			} else if e := a.x.gaz.byCountry(p.Country); e != nil {
				home = a.entity(e)
			}
			if home != nil {
				break
			}
		}
	}
	old := v.ms[ref].ent
	switch {
	case home != nil && home != old:
		c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool { return e == old })
		if !slices.Contains(c.targets, home) {
			c.targets = append(c.targets, home)
		}
		c.rule += "-domestic"
	case home == nil && cue && !slices.ContainsFunc(v.ms[:ref], func(m mention) bool { return m.ent == old && m.form != formRef }):
		// "Opposition leader Sam Rainsy asked the government", the state
		// last named being a foreign one; "In Cambodia, the opposition
		// asked the government" names its own.
		c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool { return e == old })
		c.rule += "-domestic"
	}
	if len(c.targets) == 0 {
		c.targets = nil
	}
}

// sendForms are the verb forms of sending.
var sendForms = map[string]bool{"send": true, "sends": true, "sent": true, "sending": true}

// sentForce reports a verb of sending at t whose object is a force, not
// goods: the first of the words it needs within window is a troop word
// ("sent warships into", "sending troops to"), which the supply rule also
// knows as military goods.
func sentForce(toks []token, t, window int) bool {
	if !sendForms[toks[t].norm] {
		return false
	}
	for k := t + 1; k < len(toks) && k <= t+window; k++ {
		if slices.Contains(troopWords, toks[k].norm) {
			return true
		}
		if slices.Contains(militaryWords, toks[k].norm) {
			return false
		}
	}
	return false
}
