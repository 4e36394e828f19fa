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
Sunday night. Nobody comes to lock the door.
You notice it the way you notice a missing tooth. The women lie on their shelves and listen for the key, and it does not come. The warders are somewhere else tonight. # term: nadziratel
Then the noise starts, from the direction of the service yard. A dull blow, and another, like a ram against a gate. Mud brick giving way with a soft, crumbling sound. Men's voices, a great many of them. A whistle from a tower. A flare goes up and hangs white over the roofs, and the bars of the window throw their shadows across the floor.
"The men," Ona says at the window. "They are coming through the khozdvor." # speaker: ona # term: khozdvor
"Away from the door!" Vera is sitting up with her blanket round her shoulders. "When they shoot, they shoot at doors." # speaker: vera
Halyna's shelf is empty. You did not hear her go.
The door is not locked. Outside, a woman runs past, laughing or crying, you cannot tell which.
+ [Go out toward the noise. # vote: cross_yard/go]
    -> yard
+ [Stay, and keep the barrack door. # vote: cross_yard/stay]
    -> door

= yard
You go out into the zone. The air is full of dust and running shapes.
At the far wall, where the service yard backs onto the women's zone, there is a hole the size of a door. Men are coming through it, stooping, one after another, in quilted jackets with the white numbers. The first of them are not politicals. You can tell by the walk, by the tattooed hands, by the way they laugh. The thieves from the third have come first. # fact: breakthrough_three_nights
A warder runs past with a lantern. He stops, holds it up to your face, and says your number aloud, as if to fix it in his head. Then he runs on.
~ risk_seen = MIN(risk_seen + 1, 2)
On the step of your barrack a thin man with a steel tooth sits down, breathing hard, holding one hand in the other. The hand is bleeding. Adobe is softer than stone, but it is not soft.
-> kostya

= door
You put your back against the door. After a moment Ona comes and stands beside you, and then, to your surprise, Vera.
Through the wall you hear all of it: the blows, the crumbling, the whistles, the shouting in Russian and in the thieves' own language, the one that sounds like Russian and is not. The men have broken through from the service yard, and the thieves from the third have come first. # fact: breakthrough_three_nights
Then a fist on the door, not angry. "Open up, sisters. We're not wolves." # speaker: kostya
You look at Ona. Ona looks at the bar. Nobody moves, and the door opens anyway, because tonight nobody locked it.
A thin man with a steel tooth stands there, breathing hard, holding one hand in the other. The hand is bleeding. Adobe is softer than stone, but it is not soft.
-> kostya

= kostya
"Kostya," he says. "They call me Shtyr. The pin." He grins at the name. "Spring transport. Third lagpunkt." # speaker: kostya # term: lagpunkt
He is a blatnoy; it is written all over him, on his hands and in his walk. A month ago you would have crossed the zone to keep away from him. # term: blatnoi
"The bosses believed we would cut your throats for them," he says cheerfully. "Then your people talked to our people. So now we cut walls instead." He looks at his hand. "Walls are harder." # speaker: kostya # fact: criminals_shipped_in # fact: thieves_politicals_alliance
+ [Give him water from the barrack bucket.]
    ~ ch1_kostya = 1
    You fetch the tin mug from the bucket and hold it out. He looks at it as if nobody had ever handed him anything. Then he drinks it all, and pours the last drops over his hand.
    "I'll remember the water, sister," he says. From a thief it sounds like a promise, or a debt. # speaker: kostya
+ [Tell him this is a women's barrack, and he can wait outside.]
    ~ ch1_kostya = 2
    "This is a women's barrack," you say. "You can wait outside." # speaker: daryna
    For a moment nothing happens. Then he laughs, and bows like a gentleman in a film, and backs out onto the step. Behind you Ona lets out her breath. Her hand finds your sleeve and holds on.
+ [Ask him whether the men of the second are coming too.]
    "And the second?" you ask. "Are they coming too?" # speaker: daryna
    Kostya shrugs. "Politicals. They think, and then they think again." He looks at you more carefully. "Someone of yours over there? Then they'll come. They have sisters here. Wives. They won't sleep tonight, hearing this." # speaker: kostya
- Toward morning the whistles win. The men go back through the hole the way they came, and the warders stuff it with planks and stand in front of it with their lanterns, looking tired and very young.
Nobody in the women's zone sleeps. Nobody tells you to.
-> second_night

=== second_night ===
# act: breakthrough
# date: 1954-05-17
# time: night
# place: women_zone
# scene: yard
# beat: breakthrough
# intensity: 2
On Monday the hole is full of planks. On Monday night it is open again, and wider, and this time it is not only the thieves.
Ukrainians come through, and Lithuanians: men with sisters and girlfriends and wives on this side of the wall, who lay awake last night listening, and decided they would not lie awake again. # fact: breakthrough_three_nights
The zone fills with men's voices. Women run out to look for faces. Somewhere two people find each other and say nothing at all; you see them standing very still in the middle of the crowd, holding on.
A man comes through the gap with a coil of wire over his shoulder, as if he were on his way to work. He looks around once, and then comes straight to you.
{trust_andriy >= 1:
    "You answered me once," Andriy says. "I thought you might be out here." # speaker: andriy
- else:
    "Kovalchuk," he says, reading the number on your chest. "Andriy. The wires. I left you something in a lime bucket once." # speaker: andriy
}
"Petro?" you say. It is the only word you have. # speaker: daryna
"In our barrack. Our starosta kept the door tonight. He is an old man, and he has seen shooting before. Petro wanted to come." Andriy looks at you. "He is afraid you would not want to see him." # speaker: andriy # term: starosta
Around you the crowd moves like water. A flare goes up from a tower and comes slowly down.
+ [Walk with Andriy along the wall, where the shadow is.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    You walk. The shadow of the wall is cold. He talks about Volhynia, the marshes and the birch woods, and an uncle who kept bees. You talk about the orchard behind your mother's house, which you have not let yourself think about for years. Neither of you says a word about what brought you here. That is a kind of trust too.
    When he goes back through the gap he does not touch your hand. He looks at it, once.
+ [Ask him to bring Petro through tomorrow night.]
    ~ ch1_petro_word = true
    "Tell him to come tomorrow," you say. "Tell him I want him to come." # speaker: daryna
    Andriy nods slowly, as if you had given him something to carry that could break. "If the wall is open, I will bring him," he says. "If it is not, I will bring him anyway." # speaker: andriy
+ [Thank him, and go back inside to Ona.]
    "Thank you," you say, and mean it, and go back to the barrack before you can say anything else. # speaker: daryna
    Ona is sitting on her shelf with her rosary of bread beads. She moves over to make room for you. There will be time, you tell yourself. There is never time.
- Toward dawn the men go back again. This time the warders do not fill the hole with planks. They stand a long way off and watch it.
-> service_yard_night

=== service_yard_night ===
# act: breakthrough
# date: 1954-05-18
# time: night
# place: service_yard
# scene: yard
# beat: breakthrough
# intensity: 3
On the third night the service yard is full. Men stand among the workshops and the woodpiles and the carts; women have come out through the breach to meet them; nobody is hiding any more. Somebody is singing. # fact: breakthrough_three_nights
You are at the edge of it, near the broken wall, {ch1_petro_word: looking at every face for your brother's.|looking at faces without knowing what you are looking for.}
Then soldiers with submachine guns come into the service yard from the far side. Formozov, who later read the documents, puts this shooting on the third night. # fact: shooting_may_casualties
Somebody shouts. The singing stops in the middle of a word.
The guns are not as loud as you thought they would be. That is what you will remember. It is a short, flat, busy sound, and the crowd in front of you is simply not standing any more. Then it is running: toward you, past you, through you.
A man near you sits down in the dust as if he were tired. He does not get up.
Then it stops. According to Formozov, it was Colonel Konovalov, the head of the interior ministry for the Karaganda region, who ordered the firing stopped. You will never see his face. You only know the quiet after it. # fact: ceasefire_konovalov
From the direction of the sick bay comes Helmi's voice, high and sharp in a way you have never heard it: "Hands! I need hands! Anyone who can carry!" # speaker: helmi
+ [Go into the service yard to look for Petro.]
    -> search
+ [Help carry the wounded to Helmi.]
    -> sick_bay_night

= search
You go against the crowd, into the service yard, where the dust has not yet settled.
Men are lifting men. Someone is calling a name over and over, not yours, not his. You look at faces. You make yourself look at every face, the standing ones and the others.
{ch1_petro_word or trust_andriy >= 2:
    -> found
- else:
    -> not_found
}

= found
~ did_find_petro = true
~ trust_andriy = MAX(trust_andriy, 2)
Behind an overturned cart, a man says your name. Your real name, not the number.
Andriy is crouched there with his back to the cart, and beside him, with blood on his sleeve that is not his own, is Petro.
He is taller. His face is thin and older than his years, and it is still, completely, your little brother's face.
"Dara," he says. "I thought you—" He stops. # speaker: petro
You do not let him finish. There is no time, and there is all the time there is. You hold on to him in the dust behind the cart until Andriy touches your shoulder.
"The soldiers are still at the far gate," Andriy says. "Back, both of you. Now." # speaker: andriy
"Tomorrow," Petro says, already going. "Tomorrow, whatever happens." # speaker: petro
When you get back to the women's zone, the sick bay door is open and the lamp is lit, and Helmi does not look up as you pass.
-> first_commission

= not_found
You look until the faces stop being faces. A man from the second, with a cut over his eye, says he knows a Kovalchuk: Petro was here, and went back with his barrack when the shooting started. He is alive. The man thinks he is alive.
You stand in the service yard a while longer anyway, in case.
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
The sick bay has four beds. By midnight there are men on all of them, and on the floor between them, and on the benches by the door.
You carry one with Ona, who came running from the barrack at the first shots: a boy from the second, Lithuanian by his words, as light as a sack of bran. Ona talks to him all the way in their language, steadily, the way she must once have talked to children who fell in the schoolyard.
Helmi puts you at the head of a bed with a lamp. "Higher," she says. "Steady. If you must be sick, be sick afterwards." # speaker: helmi
You hold the lamp. You hold it steady. You watch Helmi's hands and not what they are doing, and you learn two things about her: her hands do not shake, and when a man on the floor stops breathing she closes his eyes with her thumb, says one word in Estonian, and goes on to the next.
~ trust_ona = MAX(trust_ona, 2)
Near dawn Ona's boy is still alive. Ona sits on the floor beside him with her back to the wall and her eyes shut, and when you sit down next to her she leans her head on your shoulder without opening them.
Somewhere out there, perhaps, is your brother. You did not look for him. You held the lamp.
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
By morning every woman in the zone has a different number for the dead.
Nobody will ever quite agree on the count. According to the different accounts, between 13 and 18 prisoners were killed in the shootings of mid-May, and many more wounded; the sources differ on the dates and the places. # fact: shooting_may_casualties
On Wednesday the generals come.
It is a government commission: Lieutenant-General Bochkov, a deputy head of the GULAG, the Main Camp Administration in Moscow; Gubin, the interior minister of Kazakhstan; Samsonov, from the USSR prosecutor's office. You see them from a long way off, across the yard: good coats, a ring of officers, faces turned politely toward the crowd. # fact: first_commission_may19 # term: gulag
The prisoners stand in front of them, men and women together, because there is no wall between them any more. Someone at the front speaks for all of you. From where you stand you cannot hear the words. You can hear the silence after them.
According to Formozov, the commission promised that the demands would be met, that gates would join the men's zones to the women's, and that nobody would be punished. # fact: may19_promises
Gates. The word comes back through the crowd from mouth to mouth, in Ukrainian, in Lithuanian, in Russian, in Latvian. Gates.
"You see?" Vera says. Her eyes are wet. "You see? The law." # speaker: vera
Ona says nothing for a long time. Then: "In Kaunas they also promised us things. In very good coats." # speaker: ona
{did_find_petro:
    On the far side of the yard, among the men of the second, Petro lifts his hand once above the heads. Andriy is beside him. Neither of them smiles. Both of them are there.
- else:
    You look for Petro among the men of the second, all along the broken line of the wall. You find Andriy instead, who shakes his head at you across the crowd: not here, not now, but alive.
}
-> back_to_work

=== back_to_work ===
# act: breakthrough
# date: 1954-05-20
# time: dawn
# place: gate
# scene: gate
# beat: first_commission
# intensity: 1
In the morning the bell goes, and the brigades line up at the vakhta for the count, as if nothing had happened. # term: vakhta
According to Formozov, the prisoners went back to work for three days after the commission's promise. You can see why. The promise was made in front of everyone. And every zek knows where refusers end up: in the BUR, the punishment barrack, on bread and water. # fact: may19_promises # term: zek # term: bur
Your brigade forms up. Vera is in the front row with her scarf tied tight. Ona is two rows back, watching you.
Behind you the zone is quiet in a way it has never been: the holes in the walls, the trampled dust of the service yard, a dark patch near the carts that somebody has covered with sand.
Nobody has been punished for that. Nobody has even said a name.
+ [Go out with your brigade. A promise made in front of everyone is worth something. # discuss: trust_the_promise]
    You take your place in the row. The gate opens: the dogs, the road, the steppe, wide and careless and smelling of wormwood.
    At the building site the men's brigade is back on the next house. Nobody talks across the trench. But now and then somebody on the men's side lifts a hand, and somebody on yours lifts one back, and the convoy soldiers look the other way, as if they too were waiting to see what the promise is worth.
    "Gates," Vera says in the evening, as if the word were bread. "You'll see." # speaker: vera
+ [Stay behind in the barrack. Nobody has answered for the dead. # discuss: trust_the_promise]
    ~ risk_seen = MIN(risk_seen + 1, 2)
    You step out of the row and walk back to the barrack. Nobody stops you. That is almost worse.
    From the step you watch the column go out without you. At the gate Bobrov looks back at the empty place in your row, takes out his little book, and writes.
    At noon Helmi finds you and sets you to boiling rags, because the sick bay is still full and the free doctor from outside has not come. You boil rags all afternoon. It is the only work in the camp that nobody can call a refusal.
    The next morning you go out with the others. One day is all you can afford. Bobrov's book does not forget days.
- -> blank_wall

=== blank_wall ===
# act: breakthrough
# date: 1954-05-23
# time: dusk
# place: wall
# scene: wall
# beat: walls_rebuilt
# intensity: 2
The column comes back in the evening with dust in its teeth. You smell it before you see it: wet clay, fresh lime.
Where the hole in the wall was, there is a wall.
Not a patch. A wall: new adobe, dark with water, higher than before, straight as a ruler, and no gate in it anywhere.
According to Formozov, that day the bosses shipped 421 prisoners convicted of ordinary crimes out of the camp, and built the broken walls up again, whole. The promised gates were simply not there. # fact: walls_rebuilt_may23
{
- ch1_kostya == 1:
    On the road, as the column came in, there were trucks going the other way with men in the back under guard. One of them lifted a hand to you: a flash of steel tooth. Kostya. He remembered the water.
- ch1_kostya == 2:
    On the road, as the column came in, there were trucks going the other way with men in the back under guard. One of them stood up, swaying, and bowed to you like a gentleman in a film, until a soldier pulled him down. Kostya. He has waited outside long enough.
- else:
    On the road, as the column came in, there were trucks going the other way with men in the back under guard. Thieves, by their hands. You could not see the faces. You do not know if Kostya was among them. You think he was.
}
Behind the new wall, in the second, men are shouting. Somebody on the other side is already hitting it with something heavy, and the wet adobe shivers.
Formozov later wrote that the bosses' lies fell on the camp like kerosene on hot coals. Standing in front of that wall, nobody needs to be told. # fact: walls_rebuilt_may23
Women are coming out of the barracks with spades, with a crowbar, with their bare hands. Vera is shouting at them to stop. Ona has come up beside you, and she has your sleeve in her fist, the way she held it on the first night.
"Don't," she says. "Daryna. You have a brother on that side. Let them see your face, and they will remember it." # speaker: ona
On the tower a soldier has put down his rifle and picked up a pair of field glasses.
+ [Take a spade, and go to the wall with the others. # vote: blank_wall/tear]
    ~ risk_seen = MIN(risk_seen + 1, 2)
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    You pull your sleeve out of Ona's hand. She lets it go.
    The spade goes into the wet clay. The wall is soft at the bottom, where they built it too fast. Women on either side of you dig and pull, and from the other side the blows come closer, until a brick falls inward and there is a hand in the hole, a man's hand, black with clay.
    The hole grows. Faces. {did_find_petro: Petro's, for one moment, and then gone again in the crush.} And Andriy's, close, his eyes going from you to the tower and back. "Go back," he says. "They are writing down faces." But he is smiling. # speaker: andriy
    On the tower the field glasses are turned your way. You feel them like a hand on the back of your neck.
+ [Stay back by the barrack, with Ona. # vote: blank_wall/stay]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You stay. Ona does not let go of your sleeve until she is sure, and then she does not let go anyway.
    From the barrack step you watch the others dig. The wall is soft at the bottom, where they built it too fast. From the other side the blows come closer, until a brick falls inward, and then another, and the hole is full of men's hands.
    It comes down without you. It would have come down without you anyway; that is what you tell yourself, and it is true, and it is not enough.
    "Thank you," Ona says. She says it to the wall, not to you. # speaker: ona
- That night the zone does not sleep again. Nobody is waiting for a promise now.
-> staff_driven_out

=== staff_driven_out ===
# act: breakthrough
# date: 1954-05-25
# time: day
# place: gate
# scene: gate
# beat: staff_expelled
# intensity: 2
It does not take long.
Within forty-eight hours the prisoners have driven the whole camp staff out of the zone: the warders, the clerks, the men from the offices. # fact: authorities_expelled
Nobody fires. Nobody has to. There are too many of you and too few of them, and for once everyone can see it.
They go out through the gate one by one. Prisoners line the way, men and women, silent or jeering. A Chechen boy throws his cap in the air. An old Latvian woman spits. Most people simply watch, as if they could not believe their eyes and did not want to blink.
Senior Sergeant Bobrov is one of the last. He has his little book in his hand, and he does not put it away.
He sees you. He slows down, just a little, as he passes.
{risk_seen >= 2:
    "You are in my book more than once, Kovalchuk," he says, very low. "Not only in mine. When we come back, do not be at the front." # speaker: bobrov
- else:
    "Keep your head down, Kovalchuk," he says, very low. "When we come back, do not be at the front." # speaker: bobrov
}
+ ["Go home to your daughter, Citizen Sergeant."]
    "Go home to your daughter, Citizen Sergeant," you say. # speaker: daryna
    Something moves in his face and is gone. He nods once, as if you had answered at the count, and walks out through the gate toward the settlement where his family is waiting.
    Somebody behind you asks what you said to the warder. You say: nothing.
+ [Turn your back on him, as the others do.]
    You turn your back. Around you other backs turn, one after another, a whole wall of numbered backs. It is the first wall in this camp the prisoners have built for themselves.
    When you look again, he is through the gate, and it is shut.
- The gate closes behind the last of them. For a moment nobody moves.
Then somebody laughs, and somebody starts to sing, and the sound runs through the three zones like fire along a fuse. The prisoners call it the sabantuy, the feast day, and it is said that the word first came from General Bochkov, who used it in scorn. The prisoners have taken it for their own. # fact: sabantuy # fact: sabantuy_origin # term: sabantuy
Tonight nobody will lock any door.
{did_find_petro:
    Somewhere in the crowd your brother is singing, and you can almost hear which voice is his.
- else:
    Somewhere in the crowd, you are sure of it now, your brother is alive.
}
{trust_andriy >= 2:
    And somewhere, you would bet your bread on it, Andriy is already looking for wire.
}
~ ch1_kostya = 0
~ ch1_petro_word = false
-> commission
