// Chapter 3 — the forty days (1–25 June 1954).
// Self-government under siege: the generator and the radio, kites, weddings, informers,
// the loudspeakers, the question of giving in, and the quiet evening of 25 June.
// Sets: did_marry, know_halyna, trust_andriy, trust_ona, risk_seen.
// Reads: did_duty, did_find_petro, risk_seen, trust_andriy, did_marry, know_halyna.
// One chapter-local variable, reset to 0 before the chapter ends so that paths merge.

// What she did at the barricades on 23 June: 0 nothing yet, 1 kept away or argued, 2 went or gave her blessing.
VAR ch3_barricade = 0

=== forty_days ===
# act: forty_days
# date: 1954-06-01
# time: day
# place: women_zone
# scene: yard
# beat: forty_days
# intensity: 1
June comes in hot and white. The dust lies on everything, on the bread, on your eyelashes, on the red cross over the roofs.
In the first days of the strike the bosses cut off the power to the zone. The lamps died, and the loudspeaker on the pole went dumb. # fact: electricity_cut
Now the lamps burn again, weakly, and flicker when someone turns on a tap too hard. The technical men have made a power station out of a water tap: the water turns a motor they have rebuilt into a generator, and it feeds the telephones and the radio. # fact: hydro_generator
{trust_andriy >= 2: Andriy showed it to you one night, proud as a father, with water running down his sleeves.|Andriy is one of the men who built it. He will not boast about it, so other people do it for him.}
The camp radio speaks from the loudspeakers every morning and evening: announcers, news of the zone, orders of the commission, a little music. The men built it from the amplifiers of the camp's film projectors. # fact: radio_station
It is said the technical men have built a real transmitter as well, out of a machine from the hospital, to send news past the wire. Others think that is only what the bosses are afraid of. # fact: radio_transmitter
Andriy hopes the soldiers on the towers hear every word. Some say the signal would not reach even the settlement. # fact: radio_reach
From beyond the wire the bosses answer with loudspeakers of their own. All day they call: go back to work; the coal trains are standing unloaded at the siding; your leaders are deceiving you. # fact: authority_broadcasts
By the canteen, the wall newspaper has a new sheet every morning, with caricatures of the bosses that make the women hoot. # fact: wall_newspaper
You walk where you like. Nobody counts you. Some evenings you cross into the men's zone and back, just because you can.
Tonight there is a concert in the canteen: a Ukrainian choir, a Lithuanian with a fiddle made in the workshops, a play the men have written about a general who loses his trousers. # fact: culture
At the same hour, at the end of the barrack, Ona and the Lithuanian women will kneel for evening prayers. A priest from the men's zone has promised to come and hear confessions. # fact: marriages_religion

+ [Go to the concert.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    Andriy has kept a place for you on a bench near the front, with his jacket on it.
    The choir sings the old songs, the ones nobody dared to sing aloud a month ago. When the general loses his trousers, the whole canteen laughs at once, and the windows rattle. Andriy laughs so hard he has to wipe his eyes.
    Walking back, you pass the end of your barrack. Through the window you see Ona kneeling, with an empty space beside her.
+ [Kneel with Ona at the prayers.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    The priest is a thin Lithuanian with a patched cassock made from a quilted jacket. The Latin is almost the same as in your church at home, and your mouth remembers the answers before you do.
    Ona's shoulder is against yours. When it is over she says, "Thank you," as if you had given her something.
    Through the window comes the sound of the concert, a great roar of laughter, and you wonder whether anyone kept a place for you.

- -> duty_june

=== duty_june ===
# act: forty_days
# date: 1954-06-04
# time: day
# place: women_zone
# scene: yard
# beat: forty_days
# intensity: 1
In the morning the camp radio announces a change on the commission: Makeev is off it, and Semkin has his seat for lagpunkt 3. # fact: makeev # fact: commission_members_list # term: lagpunkt
The radio does not say why. In the barrack everyone has a reason, and no two reasons are the same. The commission argues, and the whole camp listens at the door.
The bread is lighter this week. The stores are running down, and the commission has cut the ration again, the same for everyone. # fact: food_equal_rations
{
- did_duty == kitchen:
    -> kitchen_june
- did_duty == sick_bay:
    -> sick_bay_june
- did_duty == newspaper:
    -> newspaper_june
- else:
    -> workshop_june
}

=== kitchen_june ===
# act: forty_days
# date: 1954-06-05
# time: day
# place: kitchen
# scene: canteen
# beat: forty_days
# intensity: 1
The storeroom behind the kitchen used to be full to the ceiling. Now you can see the back wall.
The Latvian head cook walks along the sacks with you and a stub of pencil. "Count," she says. "The clothing-and-food department wants a list of what is left. Every sack." # fact: departments
You count. Flour. Millet. Salt. Dried fish that smells of the barrel. And in the corner, behind the salt, a half-sack of groats that nobody has written down yet.
Helmi came to the kitchen door yesterday. She did not ask for anything. She only said that the fever cases in the sick bay cannot keep the bread down, and that porridge would stay in them.
The head cook looks at the groats, then at you. "You have the pencil," she says.

+ [Write every sack on the list, the groats too.]
    You write it down: groats, half a sack. The list goes to the department. The groats go into the common pot, where they vanish into the soup of the whole camp like a handful of sand into the sea.
    The sick bay gets its share, the same as everyone. When Helmi sends back the empty pot, there is no note with it.
+ [Leave the groats off the list, for the sick bay.]
    You do not write it down. That night you and the head cook carry the half-sack to the sick bay under a blanket, like a body.
    Helmi takes it without a word and then, at the door, says "Aitäh" in Estonian, which you think means thank you.
    On the way back a door opens in the dark and closes again. The head cook says nobody saw. You lie awake thinking about the security department and what it does to people who steal from the common pot.

- -> kites_proposal

=== sick_bay_june ===
# act: forty_days
# date: 1954-06-05
# time: day
# place: sick_bay
# scene: sick_bay
# beat: forty_days
# intensity: 2
A girl of about nineteen is brought in with her hands wrapped in wet rags. She will not say how it happened. # fiction
Helmi unwraps the rags, looks once, and sends for clean water. The burns are on the palms and the insides of the fingers, and there is a yellow smell on her that is not the stove.
"In the book," Helmi says to you, without looking up, "you will write: burned at the kitchen stove." # speaker: helmi
The girl is from barrack 3. You know that barrack. You know that its windows have been covered with blankets for a week, even in the heat.
After the uprising, Kuznetsov reported to his captors that in barrack 3 of this women's lagpunkt a group of young people secretly made explosives out of sulphur and cinema film. It is his account, written to save what he could. # fact: kuznetsov_weapons_report # fact: barrack_numbering
The girl's eyes are on you. So are Helmi's.

+ [Write "burned at the kitchen stove", as Helmi says.]
    You write it in your best hand. Burned at the kitchen stove. The ink dries. It looks exactly like the truth.
    The girl lets her head fall back on the pillow. Helmi nods once, and goes on working.
+ [Ask the girl first what really burned her.]
    "What were you making?" you ask, very low.
    The girl looks at Helmi, then at the ceiling. "Something for when they come," she whispers. She does not say more, and you do not ask.
    Helmi waits until you have written "burned at the kitchen stove" before she speaks. "Now you know something," she says. "Knowing is heavy in a place like this. Carry it carefully." # speaker: helmi

- -> kites_proposal

=== newspaper_june ===
# act: forty_days
# date: 1954-06-05
# time: day
# place: women_zone
# scene: yard
# beat: forty_days
# intensity: 1
The bosses' loudspeakers have found a new game. One day they announce that Kuznetsov's release has been approved in Moscow. The next day they announce that it has been withdrawn. # fact: authority_broadcasts
"A war on his nerves," Vera says. "And on ours. We will answer it with facts." She has written an article on the Soviet Constitution, very long, very careful. # speaker: vera
The young man who draws has answered it his own way: a caricature of a loudspeaker with a general's cap, saying yes and no out of the same mouth. The women laugh at it all morning.
At noon a man comes from the radio room. The camp radio wants a woman to read the news in Ukrainian, for the women who do not follow Russian well. Someone said you have a clear voice. # fact: radio_station
Your voice would go out through every loudspeaker in the zone. Nobody knows how far beyond it.

+ [Go to the radio room and read the news.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    The radio room is a cupboard full of wires and the smell of hot dust. A man holds up his fingers, three, two, one, and points at you.
    You read the commission's orders, the bread ration, a message from the Lithuanian women to the Ukrainian men. Your own voice comes back to you from the yard outside, very large, like a stranger's.
    Afterwards, women you do not know call you by your first name.
+ [Give the paper to someone else and stay with your pen.]
    "Not me," you say. "Ask Halyna. She reads well." # speaker: daryna
    They ask someone else, a girl from Lviv with a voice like a bell. You stay at the board, lettering Vera's long article in small, even lines. Hardly anyone reads past the title.
    In the evening the girl from Lviv reads the news over the whole zone, and her voice goes out over the wire to wherever it goes.

- -> kites_proposal

=== workshop_june ===
# act: forty_days
# date: 1954-06-05
# time: day
# place: workshop
# scene: workshop
# beat: forty_days
# intensity: 1
Andriy takes you to see the generator by daylight. It lives in a washhouse: a pipe, a tap, a wheel that the water turns, and a motor taken from a machine and wound back to front, humming. # fact: hydro_generator
"Everything you hear on the radio comes out of that tap," he says, and he is as proud as if he had made the water. # speaker: andriy
In the afternoon two men from the military department come to the workshop. They want the spare reels of film from the club's projection room. They do not say what for.
Long afterwards, Kuznetsov reported that in barrack 3 of the women's lagpunkt a group of young people secretly made explosives out of sulphur and cinema film. Here, now, nobody says anything at all. # fact: kuznetsov_weapons_report # fact: barrack_numbering
"Somebody take them across to the women's zone," one says. "Barrack 3. Quietly."
Andriy has gone very still with a screwdriver in his hand. You know what he thinks of this, without his saying it.

+ [Carry the film to barrack 3.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    The reels are in a sack, light and slippery. You carry them across the yard as if they were laundry.
    In barrack 3 the windows are covered with blankets, and the air is thick and yellow. Young women and men look up from a table. Nobody says thank you. Nobody says your name, but they all look at your face.
    When you come back, Andriy is at the generator, and he does not turn round.
+ [Say you will not carry it, and stay with Andriy.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    "Not me," you say. "I am here to sew." # speaker: daryna
    One of the men spits on the floor, not quite at your feet. The other takes the reels himself.
    Andriy puts down the screwdriver. "Thank you," he says, and goes back to his wires, and his ears are red.

- -> kites_proposal

=== kites_proposal ===
# act: forty_days
# date: 1954-06-08
# time: day
# place: service_yard
# scene: kites
# beat: forty_days
# intensity: 1
The wind comes from the east, hard and steady, and the kites go up.
They are made of newspaper and sticks and thread from the tailors' shop, and under each one hangs a bundle of leaflets. Over the settlement the bundle breaks loose, and the leaflets scatter like seed over the roofs of the free people, asking them to tell the world what is happening behind the wire. # fact: leaflet_kites
Who made them depends on who tells it. Some say Chechen men came to the technical department and offered to build them. Others say it was Knopmus of the commission, who had seen the same kites fly over Norilsk. # fact: kites_makers # fact: knopmus # fact: norilsk_kites_link
Pigeons go up with them too, little papers tied to their legs, and fly wherever pigeons fly. # fact: leaflet_pigeons
Andriy is holding a kite string. He has wound it twice round his wrist. He does not look at you while he talks, only at the kite.
"There is a priest in lagpunkt 2," he says. "Greek Catholic, from Galicia. He marries people now, in the barracks, with crowns made of wire. I am Orthodox, you are Catholic. He says God is not particular in a place like this." # speaker: andriy # fact: marriages_religion
He swallows. "Marry me, Daryna. Here. While we can." # speaker: andriy
You both have years and years left to serve. The wall could go up again tomorrow. A wedding is a thing people see, and remember, and write down.

+ [Say yes. #discuss: wedding_here]
    ~ did_marry = true
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    "Yes," you say. It comes out so easily that you are frightened. # speaker: daryna
    Andriy lets go of the string with one hand to take yours, and the kite jerks and dips and nearly comes down on the wire. He grabs it back, laughing.
+ [Say: not here, not now. #discuss: wedding_here]
    "Not here," you say. "Not now. Not inside a wire." # speaker: daryna
    Andriy nods slowly, winding the string. "Then I will ask you again," he says, "somewhere there are gates." # speaker: andriy
    He does not let go of your hand, though. Not until the kite is down.

- -> barrack_wedding

=== barrack_wedding ===
# act: forty_days
# date: 1954-06-12
# time: night
# place: women_barrack
# scene: barracks
# beat: forty_days
# intensity: 1
The priest comes at dusk with a book wrapped in a towel and a cross carved from a mine prop. Weddings happen in the barracks now, with imprisoned priests to say the words, and nobody can stop them. # fact: marriages_religion
The crowns are made of copper wire from the workshops, twisted into leaves.
{did_marry:
    -> your_wedding
- else:
    -> another_wedding
}

= your_wedding
Someone has found an embroidered towel at the bottom of a trunk, red and black, the pattern of your own district, and spread it on the floor for you to stand on.
{did_find_petro: Petro stands at Andriy's shoulder in a borrowed shirt, trying to look solemn and failing.|You have no family here. The women of your brigade stand where your family would stand.}
Someone must hold the crown over your head through the whole service. It is heavy after a while, and the arms begin to shake.

+ [Ask Ona to hold your crown.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    Ona's eyes fill at once. She holds the crown over you as steadily as if it were a lamp in a mine, and her lips move with every prayer, though the words are not her language.
+ [Ask Vera to hold your crown.]
    Vera stares at you. "I do not believe a single word of it," she says. "But I will hold it straight." # speaker: vera
    She does, too, the whole service long, with her jaw set. Ona watches from her bunk with an expression you cannot read.

- The priest binds your hands together with the towel. Andriy's hand is rough and warm and shaking slightly.
Afterwards the women hang a blanket across the corner by the stove, and sing outside it, loudly, so that the two of you can pretend you have a room.
-> halyna_night

= another_wedding
Tonight it is a girl from your brigade who marries, a Ukrainian girl from near Stanislav, to a Lithuanian from lagpunkt 3. Neither speaks the other's language well, and it does not seem to matter.
You hold the bride's crown over her head until your arms burn.
Andriy stands in the doorway with the men. He catches your eye once, and looks away, and looks back.
When it is over, the women hang a blanket across the corner by the stove for the couple, and start to sing.

+ [Go out to Andriy.]
    You find him outside by the wall, looking at the searchlights.
    "It was a good wedding," he says, and that is all, and you stand there together until the night watch comes round. # speaker: andriy
+ [Stay and help Ona clear the benches.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You and Ona stack the benches and sweep up the crumbs of the wedding bread.
    "You said no to him," Ona says, not as a question. "That was brave too, perhaps." She puts her broom away. "Or perhaps not. God knows." # speaker: ona

- -> halyna_night

=== halyna_night ===
# act: forty_days
# date: 1954-06-15
# time: night
# place: wall
# scene: wall
# beat: personal
# intensity: 2
The camp is afraid of itself a little now.
The internal security men and Sluchenkov's counter-intelligence are busy. The bosses still have eyes inside the zone, everyone says, and everyone wonders whose. # fact: departments # fact: sluchenkov
Last week a man from lagpunkt 2 was taken away for questioning. He came back after two days and would not say where he had been. Nobody asked him.
It is your turn on the night watch. Near midnight you notice that Halyna's bunk is empty.
You find her by the wall near the vakhta, where the zone ends and the bosses' ground begins. She is tying a folded paper round a stone with a thread. # term: vakhta
She throws it. It goes over the wire into the strip beyond, where a lantern is already moving towards it.
When she turns, you are there. She drops the second paper she was holding. You pick it up before she can.
It is a list, in Halyna's neat office hand. Names. Barrack numbers. Who speaks at meetings. Who carries sacks at night. {risk_seen >= 2: Halfway down is your own name, spelled correctly.|Your own name is not on it. Ona's is.}
Halyna does not run. She sits down on the ground with her back to the wall, as if her legs have gone.
"My daughter is seven," she says. "She is in a children's home, in Ukraine. The officer brings me her letters. Two lines, in pencil, in a child's hand. If I stop, the letters stop." # speaker: halyna
She looks up at you. "You would do it too. You have no child. You cannot know." # speaker: halyna

+ [Give her back the paper and tell no one. #vote: informer/silent #discuss: informers_why]
    ~ know_halyna = 1
    You hold out the paper. After a moment she takes it.
    "Go to bed, Halyna," you say. "I did not see you." # speaker: daryna
    She goes. You finish your watch. Every name on that list goes on walking about the zone tomorrow, not knowing, and you know.
+ [Warn her that if she goes to the wire again, you will tell. #vote: informer/warn #discuss: informers_why]
    ~ know_halyna = 2
    You tear the list in half, and in half again, and let the wind have it.
    "If I see you at the wire again," you say, "I go to the commission. Not before. Not for this." # speaker: daryna
    Halyna nods. She gets up slowly, like an old woman. Whether she will stop, you will never be sure.
+ [Take the list to the commission's security men. #vote: informer/tell #discuss: informers_why]
    ~ know_halyna = 3
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You say nothing to her at all. In the morning you take the list to the security department, and a man writes your name in a book, and thanks you.
    Two men come for Halyna before the bread. She goes with them without her scarf. She does not come back to the barrack.
    Someone says she is held in the prison the commission runs. Someone else says nothing at all. You do not ask. # fact: commission_other_posts
    Her blanket stays folded on her bunk for three days, until somebody takes it.

- -> surrender_meeting

=== surrender_meeting ===
# act: forty_days
# date: 1954-06-20
# time: dusk
# place: women_barrack
# scene: barracks
# beat: forty_days
# intensity: 2
The bread is a thin slice now. The soup is mostly water, the same for everyone. # fact: food_equal_rations
All day the bosses' loudspeakers call: go out to work, nobody will be punished, the coal trains are waiting. # fact: authority_broadcasts
In the evening the camp radio answers, and not to the bosses. A man's voice speaks to the soldiers: Comrade soldiers, we are not afraid of you. We ask you not to come into our zone. Do not shoot at us. # fact: radio_to_soldiers
After it, the starosta calls the barrack together. The women sit on the bunks and on the floor. # term: starosta
"The delegates want to know what each barrack thinks," she says. "The bosses say: come out, go to work, and nothing will happen to you. Do we tell the commission to accept, or do we hold out?"
Vera speaks first. "We made our point. Moscow heard it. Now we go back to work and wait for the answer like lawful citizens, before someone does something stupid." # speaker: vera
{
- know_halyna != 3:
    From her bunk Halyna says, "Vera is right," and looks at nobody. # speaker: halyna
}
Helmi, at the door, says the sick bay has no bandages left, and no iodine. # speaker: helmi
A woman from your brigade stands up. "They promised us gates once," she says, "and no punishment. Then we came back from work and found a wall." # fact: may19_promises # fact: walls_rebuilt_may23
Formozov, who later read the documents, tells it the same way: the promises of the first commission, and the walls built up again. # fact: may19_promises # fact: walls_rebuilt_may23 # fact: first_commission_may19
"No one from the Presidium has come," the woman says. "Not one demand has been met. If we go out now, we go out for nothing."
Ona is looking at her hands. You know she is thinking of the children outside, everyone's children, waiting for letters, and of the trains people talk about at night.
The starosta looks round the room. Her eyes stop on you.

+ [Speak for holding out. #vote: surrender/hold_out]
    {
    - know_halyna != 3:
        ~ risk_seen = MIN(risk_seen + 1, 3)
    }
    "We hold out," you say. "They have broken every promise they made us. If we go out now, they will pick us off one by one at the gate." # speaker: daryna
    The women of your brigade stamp their feet. Vera shakes her head slowly. {know_halyna != 3: In her corner, Halyna does not look up, but her lips move, as if she were learning something by heart.|Halyna's bunk is still empty.}
+ [Speak for going back to work. #vote: surrender/go_back]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    "We go back to work," you say. "We are hungry, and they are many, and they have all the time in the world. I want us alive for the answer." # speaker: daryna
    The women of your brigade look at you as if you were a stranger. Ona reaches up from the bunk below and grips your ankle, once.

- The barrack votes to stand with the commission. So, it turns out, does every barrack you hear of. The camp holds. # fact: duration
Nobody in the barrack sleeps much that night. The searchlights go back and forth across the windows until dawn.
-> barricade_men

=== barricade_men ===
# act: forty_days
# date: 1954-06-23
# time: day
# place: service_yard
# scene: yard
# beat: forty_days
# intensity: 2
Now that the camp has chosen to hold, the military department builds barricades in earnest.
Men tear the iron fittings off the bathhouse doors. Women carry stones in their skirts and pile them by the gaps in the walls. Later Kuznetsov reported that the Center had ordered weapons made out of anything to hand, and that was how it looked: anything, to hand. # fact: kuznetsov_weapons_report
The combat squads walk about with sharpened pikes on their shoulders, and some with tin cans full of something nobody explains. # fact: pikes_grenades
Every day there are new rumours: the other camps are rising too, Rudnik, Spassk, the whole of Steplag. Everyone believes them for an hour at a time. # fact: hopes_spread
{did_find_petro:
    -> petro
- else:
    -> stones
}

= petro
Petro finds you at the stone pile. He has a pike on his shoulder, and he holds it the way he used to hold a scythe at home, too proudly.
"I am in a squad now," he says. "We will hold the gap by the service yard. If they come." # speaker: petro
He is twenty-one. He was sixteen when they tried the two of you. # fiction
He wants something from you. You can see it in the way he waits.

+ [Ask him to go back to his own barrack's brigade.]
    ~ ch3_barricade = 1
    "Go back to your own barrack," you say. "Please. Let the older men hold the gap." # speaker: daryna
    Petro's face closes like a door. "And who holds it then? Somebody else's brother?" He does not promise anything. He walks off with the pike on his shoulder, and does not look back. # speaker: petro
+ [Tie Mother's embroidered cloth round his wrist.]
    ~ ch3_barricade = 2
    You take out the little embroidered cloth that Mother sent in the last parcel, the one you have kept through every search. You tie it round his wrist, tight.
    Petro looks at it for a long time. "She will kill me if I lose it," he says, and for a moment he is a boy again, and then he is not. # speaker: petro

- -> eve

= stones
The squad leader for your section is a Ukrainian from lagpunkt 3 with a voice ruined by the mine. He wants women to carry stones to the barricade by the service yard.
"Every stone is one more they have to climb," he says. He looks at you. "You are strong. Come."

+ [Carry stones to the barricade.]
    ~ ch3_barricade = 2
    You carry stones until your back will not straighten. The men on the barricade know your face by the evening, and one of them gives you a drink from his tin cup.
+ [Say you are needed at your own work.]
    ~ ch3_barricade = 1
    "I am needed at my own work," you say. # speaker: daryna
    The squad leader looks at you as if he is writing your name somewhere. Then he turns to the next woman.

- -> eve

=== eve ===
# act: forty_days
# date: 1954-06-25
# time: dusk
# place: women_zone
# scene: yard
# beat: eve
# intensity: 2
The evening is very still. The wind has dropped, and the dust hangs in the low sun like flour in a mill.
People say a train came to the siding in the night, long, with covered wagons, and that the men who got off it were not miners. Somebody counted the wagons. Somebody else counted them differently.
The generator hums in its washhouse. The radio plays an old waltz, badly, and two old women dance to it by the canteen, holding each other up.
{did_marry: Andriy is your husband of two weeks. He has been in the technical department's room since morning and you have not seen him.|You have not seen Andriy since morning. Someone said the technical men were working on something.}
{did_find_petro && ch3_barricade == 2: Petro came by at noon with Mother's cloth still round his wrist, grey now with dust, and ate half your bread, and laughed.}
{did_find_petro && ch3_barricade == 1: Petro has not come to see you since the day at the stone pile. Andriy says he is well, and sleeps on the barricade.}
{know_halyna == 3: Halyna's bunk is still bare.}
{know_halyna == 2: Halyna sits on her bunk with a child's letter in her lap, reading it over and over. She has not been to the wire since that night, as far as you know. As far as you know.}
{know_halyna == 1: Halyna sleeps, or pretends to. You watch her sometimes and do not know what you feel.}
A survivor of these weeks said long afterwards: "Never before or since have I felt such a sense of freedom as I did then." # fact: freedom_testimony
Tonight you would not say it like that. But you would not say it was untrue.

+ [Go and find Andriy.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    You find him at the generator, asleep sitting up against the wall, a screwdriver still in his hand. You sit down beside him and take the screwdriver away.
    When he wakes it is nearly dark. "They are coming," he says. "Maybe not tomorrow. Soon." He says it the way he would say it will rain. {did_marry: He puts his forehead against yours.|He takes your hand, and this time he does not let it go.} # speaker: andriy
+ [Stay with Ona and say the evening prayer.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    Ona kneels by the bunk, and you kneel beside her. She prays in Lithuanian and you pray in Ukrainian, and somewhere in the middle the two prayers become one murmur.
    Afterwards she takes a little wooden cross from under her pillow and presses it into your hand. "Keep it tonight," she says. "Give it back to me tomorrow." # speaker: ona
+ [Go to your work one more time.]
    {
    - did_duty == kitchen:
        In the kitchen you and the head cook cut tomorrow's bread into slices so thin the light comes through them. She wraps the last heel of the loaf in a cloth and gives it to you. "For the morning," she says.
    - did_duty == sick_bay:
        In the sick bay Helmi is tearing sheets into bandages. You sit with her and tear until your fingers are raw. "Sleep here if you like," she says. "There is an empty bed." # speaker: helmi
        You thank her and say no. Your bunk is where Ona is.
    - did_duty == newspaper:
        By the canteen you help Vera pin up tomorrow's sheet. The caricature is of a loudspeaker with ears. Vera stands back to look at it. "Good," she says. "Let them read that." # speaker: vera
    - else:
        In the workshop the lamps flicker. Andriy's bench is tidy, his tools laid out in a row like a surgeon's. You straighten a screwdriver that is already straight, and leave.
    }

- Near midnight you climb onto your bunk. Ona's breathing comes up from below, slow and even.
The searchlights move across the ceiling, and back, and across.
~ ch3_barricade = 0
-> assault
