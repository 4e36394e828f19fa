// Chapter 1: the breakthrough, 16–25 May 1954.
// The three nights, the shooting in the service yard, the first commission, the blank wall,
// the staff driven out.
// Shared variables set here: trust_ona, trust_andriy, risk_seen, did_find_petro.
// Chapter-local (reset when the chapter ends, so that paths merge):
VAR ch1_kostya = 0
// what she did when Kostya came: 0 asked about the second, 1 gave him water, 2 sent him outside
VAR ch1_petro_word = false
// she asked Andriy to bring Petro through on the third night

=== breakthrough ===
# act: breakthrough
# date: 1954-05-16
# time: night
# place: women_barrack
# scene: barracks
# beat: breakthrough
# intensity: 2
On Sunday night nobody comes to lock the door.
The women lie on their shelves listening for the key, the way a tongue feels for a missing tooth, but it does not come, because the warders are somewhere else tonight. # term: nadziratel
Then the noise starts in the service yard: a dull blow, and another, like a ram against a gate, then the soft crumbling of mud brick and the voices of a great many men, while a whistle shrills from a watchtower and a flare hangs white over the roofs.
"The men are coming through the khozdvor," Ona says at the window. # speaker: ona # term: khozdvor
"Away from the door," says Vera, sitting up with her blanket round her shoulders. "When they shoot, they shoot at doors." # speaker: vera
Halyna's shelf is empty, although you did not hear her go, and outside a woman runs past, laughing or crying, you cannot tell which.
+ [Go out toward the noise. # vote: cross_yard/go]
    -> yard
+ [Stay, and keep the barrack door. # vote: cross_yard/stay]
    -> door

= yard
You go out into the dust and the running shapes of the zone.
At the far wall, where the service yard backs onto the women's zone, men are stooping through a hole the size of a door, and by their walk and their tattooed hands the first of them are thieves from the third, not politicals. # fact: breakthrough_three_nights
A warder with a lantern stops, holds it up to your face and says your number aloud, as if to fix it in his head, before he runs on.
~ risk_seen = MIN(risk_seen + 1, 2)
On the step of your barrack a thin man with a steel tooth sits down, breathing hard and holding one bleeding hand in the other: adobe is softer than stone, but it is not soft.
-> kostya

= door
You put your back against the door, and after a moment Ona comes to stand beside you, and then, to your surprise, Vera.
Through the wall you hear blows, crumbling, whistles, and shouting in Russian and in the thieves' cant: the men have broken through from the service yard, and the thieves from the third have come first. # fact: breakthrough_three_nights
Then a fist knocks on the door, not angrily. "Open up, sisters, we're not wolves." # speaker: kostya
Nobody moves, but the door opens anyway, because tonight nobody locked it, and a thin man with a steel tooth stands there, breathing hard and holding one bleeding hand in the other: adobe is softer than stone, but it is not soft.
-> kostya

= kostya
"Kostya, from the spring transport, third lagpunkt," he says, grinning. "They call me Shtyr, the pin." # speaker: kostya # term: lagpunkt
He is a blatnoy, as his hands and his walk announce, and a month ago you would have crossed the zone to keep away from him. # term: blatnoi
"The bosses believed we would cut your throats for them," he says cheerfully, "but your people talked to our people, so now we cut walls instead, and walls are harder." # speaker: kostya # fact: criminals_shipped_in # fact: thieves_politicals_alliance
+ [Give him water from the barrack bucket.]
    ~ ch1_kostya = 1
    You hold out the tin mug from the barrack bucket, and he looks at it as if nobody had ever handed him anything, then drinks it all and pours the last drops over his hand.
    "I'll remember the water, sister," he says, and from a thief it sounds like a promise, or a debt. # speaker: kostya
+ [Tell him this is a women's barrack, and he can wait outside.]
    ~ ch1_kostya = 2
    "This is a women's barrack," you say. "You can wait outside." # speaker: daryna
    He laughs, bows like a gentleman in a film and backs out onto the step, and behind you Ona lets out her breath and holds on to your sleeve.
+ [Ask him whether the men of the second are coming too.]
    "And the men of the second, are they coming too?" you ask. # speaker: daryna
    "Politicals think, and then they think again," Kostya says with a shrug. "Someone of yours over there? Then they'll come, because they have sisters and wives here, and they won't sleep tonight, hearing this." # speaker: kostya
- Toward morning the whistles win: the men go back through the hole, and the warders stuff it with planks and stand guard with their lanterns, looking tired and very young. Nobody in the women's zone sleeps.
-> second_night

=== second_night ===
# act: breakthrough
# date: 1954-05-17
# time: night
# place: women_zone
# scene: yard
# beat: breakthrough
# intensity: 2
On Monday the hole is full of planks, but by Monday night it is open again, and wider, and this time the thieves are not alone.
Ukrainians come through, and Lithuanians: men with sisters, sweethearts and wives on this side of the wall, who lay awake last night listening and decided not to lie awake again. # fact: breakthrough_three_nights
In the crowd two people find each other and stand very still, holding on, without a word.
A man comes through the gap with a coil of wire over his shoulder, as if on his way to work, and walks straight to you.
{trust_andriy >= 1:"You answered me once," Andriy says. "I thought you might be out here."|"Kovalchuk," he says, reading the number on your chest. "Andriy, the wires, who left you something in a lime bucket."} # speaker: andriy
"Petro?" you say, because it is the only word you have. # speaker: daryna
"He is in our barrack; our starosta kept the door tonight, because he is an old man and has seen shooting before," Andriy says. "Petro wanted to come, but he is afraid you would not want to see him." # speaker: andriy # term: starosta
+ [Walk with Andriy along the wall, where the shadow is.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    You walk in the cold shadow of the wall while he talks about the marshes of Volhynia and an uncle who kept bees, and you talk about your mother's orchard, which you have not let yourself think about for years; neither of you says a word about what brought you here, and that is a kind of trust too.
    When he goes back through the gap he does not touch your hand, but he looks at it, once.
+ [Ask him to bring Petro through tomorrow night.]
    ~ ch1_petro_word = true
    "Tell him to come tomorrow," you say. "Tell him I want him to come." # speaker: daryna
    Andriy nods slowly, as if you had given him something fragile to carry. "If the wall is open, I will bring him," he says, "and if it is not, I will bring him anyway." # speaker: andriy
+ [Thank him, and go back inside to Ona.]
    "Thank you," you say, and mean it, and go back to the barrack before you can say anything else. # speaker: daryna
    Ona moves over on her shelf to make room for you, her rosary of bread beads in her hands, and you tell yourself that there will be time; there is never time.
- Toward dawn the men go back, but this time the warders leave the hole open and watch it from a long way off.
-> service_yard_night

=== service_yard_night ===
# act: breakthrough
# date: 1954-05-18
# time: night
# place: service_yard
# scene: yard
# beat: breakthrough
# intensity: 3
On the third night the service yard is full: men stand among the workshops, the woodpiles and the carts, women have come out through the breach to meet them, nobody is hiding any more, and somebody is singing. # fact: breakthrough_three_nights
You are at the edge of it, near the broken wall, {ch1_petro_word: searching every face for your brother's.|looking at faces without knowing what you are looking for.}
Then soldiers with submachine guns come into the service yard from the far side; Formozov, the historian who later studied the documents, puts this shooting on the third night. # fact: shooting_may_casualties
Somebody shouts, and the singing stops in the middle of a word.
The guns are quieter than you expected, a short, flat, busy sound, and the crowd in front of you is simply not standing any more, and then it is running toward you, past you, through you.
A man near you sits down in the dust as if he were tired, and does not get up.
Then it stops: according to Formozov, Colonel Konovalov, the head of the interior ministry for the Karaganda region, ordered the firing stopped, although you will never see his face, only the quiet after it. # fact: ceasefire_konovalov
From the sick bay comes Helmi's voice, high and sharp in a way you have never heard it: "Hands! I need hands, anyone who can carry!" # speaker: helmi
+ [Go into the service yard to look for Petro.]
    -> search
+ [Help carry the wounded to Helmi.]
    -> sick_bay_night

= search
You go against the crowd into the service yard, where the dust has not settled, men are lifting men, and someone is calling a name over and over, not yours, not his, and you make yourself look at every face, the standing ones and the others.
{ch1_petro_word or trust_andriy >= 2:
    -> found
- else:
    -> not_found
}

= found
~ did_find_petro = true
~ trust_andriy = MAX(trust_andriy, 2)
Behind an overturned cart a man says your name: your real name, not the number.
Andriy is crouched there, and beside him, with blood on his sleeve that is not his own, is Petro, taller now, his face thin and older than his years and still, completely, your little brother's face.
"Dara," he says. "I thought you—" He stops. # speaker: petro
You do not let him finish, but hold on to him in the dust behind the cart, with no time and all the time there is, until Andriy touches your shoulder.
"The soldiers are still at the far gate," Andriy says. "Back, both of you, now." # speaker: andriy
"Tomorrow," Petro says, already going, "tomorrow, whatever happens." # speaker: petro
-> back_past_sick_bay

= not_found
You look until the faces stop being faces, and then a man from the second with a cut over his eye says he knows a Kovalchuk who went back with his barrack when the shooting started, alive; the man thinks he is alive.
-> back_past_sick_bay

= back_past_sick_bay
When you get back to the women's zone, the sick bay door is open and the lamp is lit, and Helmi does not look up as you pass.
-> first_commission

=== sick_bay_night ===
# act: breakthrough
# date: 1954-05-18
# time: night
# place: sick_bay
# scene: sick_bay
# beat: breakthrough
# intensity: 3
The sick bay has four beds, and by midnight there are men on all of them, on the floor between them and on the benches by the door.
You carry one of them with Ona, who came running at the first shots: a boy from the second, Lithuanian by his words, as light as a sack of bran, to whom Ona talks steadily all the way in their own language, the way she must once have talked to children who fell in the schoolyard.
Helmi puts you at the head of a bed with a lamp. "Higher, and steady," she says. "If you must be sick, be sick afterwards." # speaker: helmi
You hold the lamp steady and watch Helmi's hands, not what they are doing, and you learn that they do not shake, and that when a man on the floor stops breathing she closes his eyes with her thumb, says one word in Estonian, and goes on to the next.
~ trust_ona = MAX(trust_ona, 2)
Near dawn Ona's boy is still alive, and when you sit down beside Ona against the wall she leans her head on your shoulder without opening her eyes.
Somewhere out there, perhaps, is your brother, and you did not look for him, because you held the lamp.
"Kovalchuk," Helmi says at the door, wiping her hands on her apron. "You have steady hands. Remember that I said so." # speaker: helmi
-> first_commission

=== first_commission ===
# act: breakthrough
# date: 1954-05-19
# time: day
# place: women_zone
# scene: yard
# beat: first_commission
# intensity: 1
By morning every woman in the zone has her own number for the dead: according to the accounts gathered since, between 13 and 18 prisoners were killed in the shootings of mid-May and many more wounded, though the sources differ on the dates and the places. # fact: shooting_may_casualties
On Wednesday a government commission arrives: Lieutenant-General Bochkov, a deputy head of the GULAG, the Main Camp Administration in Moscow; Major-General Gubin, the interior minister of the Kazakh republic; and Samsonov, from the USSR prosecutor's office. # fact: first_commission_may19 # term: gulag
Across the yard you see good uniforms and polite faces, and men and women standing together in front of them, because there is no wall between them any more; someone at the front speaks for all of you, but from where you stand you hear only the silence after the words.
According to Formozov, the commission promised that the demands would be met, that gates would join the men's zones to the women's, and that nobody would be punished. # fact: may19_promises
The word travels back through the crowd in Ukrainian, in Lithuanian, in Russian, in Latvian: gates.
"You see?" Vera says, her eyes wet. "The law." # speaker: vera
Ona says nothing for a long time, and then: "In Kaunas they also promised us things, in very good uniforms." # speaker: ona
{did_find_petro:On the far side, among the men of the second, Petro lifts his hand once above the heads, with Andriy beside him, and although neither of them smiles, both of them are there.|Among the men of the second you find not Petro but Andriy, who shakes his head at you across the crowd, meaning not here, not now, but alive.}
-> back_to_work

=== back_to_work ===
# act: breakthrough
# date: 1954-05-20
# time: dawn
# place: gate
# scene: gate
# beat: first_commission
# intensity: 1
In the morning the bell goes, and the brigades line up at the vakhta for the count as if nothing had happened. # term: vakhta
According to Formozov, the prisoners went back to work for three days after the commission's promise, and you can see why: the promise was made in front of everyone, and every zek knows that refusers end up in the BUR, the punishment barrack. # fact: may19_promises # term: zek # term: bur
Behind you lie the holes in the walls, the trampled dust of the service yard and a dark patch near the carts that somebody has covered with sand, and nobody has been punished for it, or even named.
+ [Go out with your brigade. A promise made in front of everyone is worth something. # discuss: trust_the_promise]
    You take your place in the row, and the gate opens onto the dogs, the road and the steppe, wide and careless and smelling of wormwood.
    At the building site nobody talks across the trench, but now and then a hand lifts on the men's side and one lifts back on yours, while the convoy soldiers look away, as if they too were waiting to see what the promise is worth.
    "Gates," Vera says in the evening, as if the word were bread. "You'll see." # speaker: vera
+ [Stay behind in the barrack. Nobody has answered for the dead. # discuss: trust_the_promise]
    ~ risk_seen = MIN(risk_seen + 1, 2)
    You step out of the row and walk back to the barrack, and nobody stops you, which is almost worse, but at the gate Bobrov looks back at the empty place in your row, takes out his little book, and writes.
    Helmi sets you to boiling rags all afternoon, because the sick bay is still full and the free doctor from outside has not come, and it is the only work in the camp that nobody can call a refusal.
    The next morning you go out with the others, because one day is all you can afford, and Bobrov's book does not forget days.
- -> blank_wall

=== blank_wall ===
# act: breakthrough
# date: 1954-05-23
# time: dusk
# place: wall
# scene: wall
# beat: walls_rebuilt
# intensity: 2
The column comes back in the evening with dust in its teeth, and you smell the wall before you see it: wet clay and fresh lime, and where the hole was, a whole new wall of adobe, dark with water, straight as a ruler, with no gate in it anywhere.
According to Formozov, that day the bosses shipped 421 prisoners convicted of ordinary crimes out of the camp and built the broken walls up again, whole; the promised gates were simply not there. # fact: walls_rebuilt_may23
On the road, as the column came in, trucks were going the other way with men under guard in the back.
{ch1_kostya == 1:One of them lifted a hand to you with a flash of steel tooth, and it was Kostya, who remembered the water.|{ch1_kostya == 2:One of them stood up, swaying, and bowed to you like a gentleman in a film until a soldier pulled him down.|They were thieves, by their hands, and you think Kostya was among them.}}
Behind the new wall men are shouting, and somebody on the other side is already hitting it with something heavy, so that the wet adobe shivers.
Formozov later wrote that the bosses' lies fell on the camp like kerosene on hot coals, and standing in front of that wall, nobody needs to be told. # fact: walls_rebuilt_may23
Women come out of the barracks with spades, a crowbar, their bare hands, while Vera shouts at them to stop and Ona takes your sleeve in her fist.
"Don't, Daryna," she says. "You have a brother on that side. Let them see your face, and they will remember it." # speaker: ona
On the tower a soldier has put down his rifle and picked up a pair of field glasses.
+ [Take a spade, and go to the wall with the others. # vote: blank_wall/tear]
    ~ risk_seen = MIN(risk_seen + 1, 2)
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    You pull your sleeve out of Ona's hand, and she lets it go.
    Your spade goes into the wet clay at the bottom, where they built too fast, and from the other side the blows come closer until a brick falls inward and there is a hand in the hole, a man's hand, black with clay.
    The hole grows into faces: {did_find_petro:Petro's, for one moment, before the crush takes him, and }Andriy's, close, his eyes going from you to the tower and back. "Go back, they are writing down faces," he says, but he is smiling. # speaker: andriy
    On the tower the field glasses are turned your way, and you feel them like a hand on the back of your neck.
+ [Stay back by the barrack, with Ona. # vote: blank_wall/stay]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You stay, and Ona does not let go of your sleeve until she is sure, and then she does not let go anyway.
    From the barrack step you watch the others dig at the soft bottom of the wall until the blows from the other side break through and the hole is full of men's hands.
    It would have come down without you anyway; that is what you tell yourself, and it is true, and it is not enough.
    "Thank you," Ona says, to the wall rather than to you. # speaker: ona
- That night the zone does not sleep again, and nobody is waiting for a promise now.
-> staff_driven_out

=== staff_driven_out ===
# act: breakthrough
# date: 1954-05-25
# time: day
# place: gate
# scene: gate
# beat: staff_expelled
# intensity: 2
It does not take long: within forty-eight hours the prisoners have driven the whole camp staff out of the zone, the warders, the clerks and the men from the offices. # fact: authorities_expelled
At this gate nobody fires, and nobody has to, because there are too many of you and too few of them, and for once everyone can see it.
They go out one by one between lines of prisoners, some silent, some jeering, while a boy throws his cap in the air and the old woman beside you spits in the dust, but most people simply watch, as if they did not want to blink.
Senior Sergeant Bobrov, one of the last, has his little book in his hand, and as he passes you he slows down, just a little.
{risk_seen >= 2:"You are in my book more than once, Kovalchuk," he says, very low. "Not only in mine. When we come back, do not be at the front."|"Keep your head down, Kovalchuk," he says, very low. "When we come back, do not be at the front."} # speaker: bobrov
+ ["Go home to your daughter, Citizen Sergeant."]
    "Go home to your daughter, Citizen Sergeant," you say. # speaker: daryna
    Something moves in his face and is gone; he nods once, as if you had answered at the count, and walks out toward the settlement where his family is waiting, and when somebody asks what you said to the warder, you say: nothing.
+ [Turn your back on him, as the others do.]
    You turn your back, and around you other backs turn, one after another, until there is a whole wall of numbered backs, the first wall in this camp that the prisoners have built for themselves, and when you look again the gate is shut behind him.
- The gate closes behind the last of them, and for a moment nobody moves, until somebody laughs and somebody starts to sing, and the sound runs through the three zones like fire along a fuse.
The prisoners call it the sabantuy, the feast day; it is said that the word first came from General Bochkov, who used it in scorn, and the prisoners have taken it for their own. # fact: sabantuy # fact: sabantuy_origin # term: sabantuy
Tonight nobody will lock any door.
{did_find_petro:Somewhere in the crowd your brother is singing, and you can almost hear which voice is his.|Somewhere in the crowd, you are sure of it now, your brother is alive.}
{trust_andriy >= 2:
    And somewhere, you would bet your bread on it, Andriy is already looking for wire.
}
~ ch1_kostya = 0
~ ch1_petro_word = false
-> commission
