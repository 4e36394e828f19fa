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
June comes in hot and white, and the dust settles on everything: on the bread, on your eyelashes, on the red cross over the roofs.
The bosses cut off the electricity in the first days of the strike, but since then the technical men have built a small power station, where water from a tap turns a motor rewound as a generator to feed the camp telephones and the radio. # fact: electricity_cut # fact: hydro_generator
{trust_andriy >= 2: Andriy showed it to you one night, as proud as a father, with water running down his sleeves.|Andriy helped to build it, although he will not boast about it.}
The camp radio speaks through loudspeakers made with the amplifiers of the camp's film projectors, and at regular hours its announcers read the news of the zone. # fact: radio_station
It is said that they have also built a real transmitter from a hospital machine, and Andriy hopes the soldiers on the towers hear every word, but others think the transmitter is only what the bosses fear, and that the signal would not reach even the settlement. # fact: radio_transmitter # fact: radio_reach
You walk where you like now, past the wall newspaper's fresh morning sheet, and some evenings you cross into the men's zone and back because nobody counts you. # fact: wall_newspaper
Tonight there is a concert in the canteen, with a Ukrainian choir, a Lithuanian playing a fiddle made in the workshops, and a play the men have written about a general who loses his trousers. # fact: culture
At the same hour Ona and the Lithuanian women will kneel for evening prayers, because a priest from the men's zone has promised to come and hear confessions. # fact: marriages_religion

+ [Go to the concert.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    Andriy has kept you a place near the front, the choir sings the old songs that nobody dared sing aloud a month ago, and when the general loses his trousers, the whole canteen roars until Andriy has to wipe his eyes.
    Walking back, you see through the barrack window that Ona is kneeling with an empty space beside her.
+ [Kneel with Ona at the prayers.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    The priest is a thin Lithuanian in a cassock cut from a quilted jacket, and although his Latin is not the Church Slavonic of your Greek Catholic parish, the prayers have the same shape.
    Ona's shoulder is against yours, and when it is over she thanks you as if you had given her something.
    Through the window comes a great roar of laughter from the concert, and you wonder whether anyone kept a place for you.

- -> duty_june

=== duty_june ===
# act: forty_days
# date: 1954-06-04
# time: day
# place: women_zone
# scene: yard
# beat: forty_days
# intensity: 1
In the morning the camp radio announces, without saying why, that Makeev has left the commission and that Semkin has taken his seat for lagpunkt 3. # fact: makeev # fact: commission_members_list # term: lagpunkt
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
The storeroom behind the kitchen used to be full to the ceiling, but now you can see the back wall.
The Latvian head cook walks along the sacks with you and a stub of pencil, because the clothing-and-food department wants a list of what is left. # fact: departments
You count the flour, the millet and the salt, and behind the salt you find a half-sack of groats that nobody has written down.
Yesterday Helmi came to the kitchen door to say, without asking for anything, that her fever cases cannot keep bread down but could keep porridge.
The head cook looks at the groats and then at you, and says only, "You have the pencil."

+ [Write every sack on the list, the groats too.]
    You write down the half-sack, and the groats vanish into the soup of the whole camp like a handful of sand into the sea.
    The sick bay gets its share, the same as everyone, and when Helmi sends back the empty pot, there is no note with it.
+ [Leave the groats off the list, for the sick bay.]
    You leave it off, and that night you and the head cook carry the half-sack to the sick bay under a blanket, like a body.
    Helmi takes it without a word until, at the door, she says "Aitäh", which you think is Estonian for thank you.
    On the way back a door opens in the dark and closes again, and although the head cook says nobody saw, you lie awake thinking about the security department.

- -> kites_proposal

=== sick_bay_june ===
# act: forty_days
# date: 1954-06-05
# time: day
# place: sick_bay
# scene: sick_bay
# beat: forty_days
# intensity: 2
A girl of about nineteen is brought in with her hands wrapped in wet rags, and she will not say how it happened. # fiction
Helmi unwraps the rags and sends for clean water, because the burns are on the palms and the insides of the fingers, and the girl smells of something yellow that is not the stove.
"In the book," Helmi tells you without looking up, "you will write: burned at the kitchen stove." # speaker: helmi
The girl comes from barrack 3, whose windows have been covered with blankets for a week, even in the heat.
After his arrest Kuznetsov reported that young people in barrack 3 of this women's lagpunkt had secretly made explosives out of sulphur and cinema film, in an account he wrote to protect himself. # fact: kuznetsov_weapons_report # fact: barrack_numbering
The girl's eyes are on you, and so are Helmi's.

+ [Write "burned at the kitchen stove", as Helmi says.]
    You write it in your best hand, and when the ink dries, it looks exactly like the truth.
    The girl lets her head fall back on the pillow, and Helmi nods once and goes on working.
+ [Ask the girl first what really burned her.]
    "What were you making?" you ask, very low.
    The girl looks at Helmi and then at the ceiling before she whispers, "Something for when they come," and you ask nothing more.
    Helmi waits until you have written the words she gave you before she speaks. "Now you know something," she says, "and knowing is heavy in a place like this, so carry it carefully." # speaker: helmi

- -> kites_proposal

=== newspaper_june ===
# act: forty_days
# date: 1954-06-05
# time: day
# place: women_zone
# scene: yard
# beat: forty_days
# intensity: 1
The bosses' loudspeakers have found a new game: they announce that Kuznetsov's release has been approved, and later that it has been withdrawn. # fact: authority_broadcasts
"A war on his nerves, and on ours," says Vera, who has answered it with a long, careful article on the Soviet Constitution. # speaker: vera
The young man who draws answers with a loudspeaker in a general's cap, saying yes and no out of the same mouth, which keeps the women laughing all morning.
At noon a man from the radio room asks for a woman to read the news in Ukrainian, for those who follow Russian badly, and someone has given him your name. # fact: radio_station
Your voice would go out through every loudspeaker in the zone, and nobody knows how far beyond it.

+ [Go to the radio room and read the news.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    The radio room is a cupboard full of wires and the smell of hot dust, where a man counts down on his fingers, three, two, one, and points at you.
    You read the commission's orders and a greeting from the Lithuanian women to the Ukrainian men, while your own voice comes back from the yard outside, as large as a stranger's, and afterwards women you do not know call you by your first name.
+ [Give the paper to someone else and stay with your pen.]
    "Not me," you say, "but Halyna reads well." # speaker: daryna
    They ask a girl from Lviv with a voice like a bell, and you stay at the board, lettering Vera's long article, which hardly anyone reads past the title.

- -> kites_proposal

=== workshop_june ===
# act: forty_days
# date: 1954-06-05
# time: day
# place: workshop
# scene: workshop
# beat: forty_days
# intensity: 1
By daylight Andriy shows you the generator, hidden beside its water tap: a pipe, a rewound motor that the water turns, and a steady hum. # fact: hydro_generator
"Everything you hear on the radio comes out of that tap," he says, as proud as if he had made the water himself. # speaker: andriy
In the afternoon two men from the military department come for the spare reels of film from the club's projection room, without saying what for.
After his arrest Kuznetsov reported that young people in barrack 3 of the women's lagpunkt had secretly made explosives out of sulphur and cinema film, but here and now, nobody says anything at all. # fact: kuznetsov_weapons_report # fact: barrack_numbering
"Somebody take them quietly across to barrack 3 in the women's zone," one of them says.
Andriy has gone very still with a screwdriver in his hand, and you know what he thinks without his saying it.

+ [Carry the film to barrack 3.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You carry the reels across the yard in a sack, as if they were laundry.
    In barrack 3 the windows are covered with blankets and the air is thick and yellow, and the young women and men at the table study your face without a word.
    When you come back, Andriy is at the generator, and he does not turn round.
+ [Say you will not carry it, and stay with Andriy.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    "Not me," you say, "because I am here to sew." # speaker: daryna
    One of the men spits on the floor, not quite at your feet, and the other takes the reels himself.
    Andriy puts down the screwdriver, says "Thank you," and goes back to his wires with his ears burning red.

- -> kites_proposal

=== kites_proposal ===
# act: forty_days
# date: 1954-06-08
# time: day
# place: service_yard
# scene: kites
# beat: forty_days
# intensity: 1
The wind blows hard and steady towards the settlement, and the kites go up over the wire, carrying bundles of leaflets for the free people there to find. # fact: leaflet_kites
Who made them depends on who tells the story: some say Chechen prisoners came to the technical department and offered to build them, and others say it was Knopmus of the commission, who knew the method from the Norilsk camp. # fact: kites_makers # fact: knopmus # fact: norilsk_kites_link
Pigeons go up too, carrying papers, and beyond the wire, as it later came out, General Yegorov counts them in his reports. # fact: leaflet_pigeons
Andriy holds a kite string wound twice round his wrist, and while he talks, he watches the kite instead of you.
"There is a Greek Catholic priest from Galicia in lagpunkt 2 who marries people in the barracks now," he says. "I am Orthodox and you are Catholic, but he says God is not particular in a place like this." # speaker: andriy # fact: marriages_religion
He swallows before he goes on: "Marry me, Daryna, here, while we can." # speaker: andriy
You both have years and years left to serve, the wall could go up again tomorrow, and a wedding is a thing that people see, remember and write down.

+ [Say yes. #discuss: wedding_here]
    ~ did_marry = true
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    "Yes," you say, and it comes out so easily that you are frightened. # speaker: daryna
    Andriy lets go of the string with one hand to take yours, and the kite dips and nearly comes down on the wire before he grabs it back, laughing.
+ [Say: not here, not now. #discuss: wedding_here]
    "Not here and not now," you say, "not inside a wire." # speaker: daryna
    Andriy nods slowly, winding in the string. "Then I will ask you again somewhere there are gates," he says, but he does not let go of your hand until the kite is down. # speaker: andriy

- -> barrack_wedding

=== barrack_wedding ===
# act: forty_days
# date: 1954-06-12
# time: night
# place: women_barrack
# scene: barracks
# beat: forty_days
# intensity: 1
Weddings happen in the barracks now, with imprisoned priests to say the words, and tonight the priest comes at dusk with a book wrapped in a towel, a cross carved from a mine prop and crowns of copper wire twisted into leaves. # fact: marriages_religion
{did_marry:
    -> your_wedding
- else:
    -> another_wedding
}

= your_wedding
Someone has found an embroidered towel, red and black in the pattern of your own district, and spread it on the floor for you to stand on.
{did_find_petro: Petro stands at Andriy's shoulder in a borrowed shirt, trying to look solemn and failing.|You have no family here, so the women of your brigade stand where your family would stand.}
Someone must hold the crown over your head through the whole service, which is long enough to make any arms shake.

+ [Ask Ona to hold your crown.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    Ona's eyes fill at once, and she holds the crown over you as steadily as a lamp in a mine, her lips moving with every prayer although the words are not in her language.
+ [Ask Vera to hold your crown.]
    Vera stares at you before she answers: "I do not believe a single word of it, but I will hold it straight." # speaker: vera
    She does, too, the whole service long, with her jaw set, while Ona watches from her bunk with an expression you cannot read.

- The priest binds your hands together with the towel, and Andriy's hand is rough and warm and shaking slightly.
Afterwards the women hang a blanket across the corner by the stove and sing loudly outside it, so that the two of you can pretend you have a room.
-> halyna_night

= another_wedding
Tonight a girl from your brigade, a Ukrainian from near Stanislav, marries a Lithuanian from lagpunkt 3, and although neither speaks the other's language well, it does not seem to matter.
You hold the bride's crown over her head until your arms burn, while Andriy stands in the doorway with the men and catches your eye once, looks away, and looks back.
When it is over, the women hang a blanket across the corner by the stove for the couple and start to sing.

+ [Go out to Andriy.]
    You find him outside by the wall, looking at the searchlights, and he says only, "It was a good wedding," before you stand there together until the night watch comes round. # speaker: andriy
+ [Stay and help Ona clear the benches.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You and Ona stack the benches and sweep up the crumbs of the wedding bread.
    "You said no to him," Ona says, not as a question, "and that was brave too, perhaps, or perhaps not, God knows." # speaker: ona

- -> halyna_night

=== halyna_night ===
# act: forty_days
# date: 1954-06-15
# time: night
# place: wall
# scene: wall
# beat: personal
# intensity: 2
The camp is a little afraid of itself now, because the internal security men and Sluchenkov's counter-intelligence are busy, and everyone says the bosses still have eyes inside the zone and wonders whose. # fact: departments # fact: sluchenkov
On your night watch, near midnight, you find Halyna's bunk empty and Halyna herself by the wall near the vakhta, where the zone ends and the bosses' ground begins, tying a folded paper round a stone. # term: vakhta
She throws it over the wire into the strip beyond, where a lantern is already moving towards it.
When she turns and sees you, she drops a second paper, and you pick it up before she can.
It is a list in Halyna's neat office hand, with names, barrack numbers, who speaks at meetings and who carries sacks at night. {risk_seen >= 2: Halfway down is your own name, spelled correctly.|Your own name is not on it, but Ona's is.}
Halyna does not run, but sits down on the ground with her back to the wall, as if her legs have given way.
"My daughter is seven, in a children's home in Ukraine," she says. "The officer sees that I get her letters, two lines in pencil in a child's hand, and if I stop, the letters stop." # speaker: halyna
She looks up at you and says, "You would do it too, but you have no child, so you cannot know." # speaker: halyna

+ [Give her back the paper and tell no one. #vote: informer/silent #discuss: informers_why]
    ~ know_halyna = 1
    You hold out the paper, and after a moment she takes it.
    "Go to bed, Halyna," you say. "I did not see you." # speaker: daryna
    She goes, and you finish your watch, knowing that tomorrow every name on that list will walk about the zone without knowing.
+ [Warn her that if she goes to the wire again, you will tell. #vote: informer/warn #discuss: informers_why]
    ~ know_halyna = 2
    You tear the list in half, and in half again, and let the wind have it.
    "If I see you at the wire again," you say, "I go to the commission, but not before, and not for this." # speaker: daryna
    Halyna nods and gets up slowly, like an old woman, and you will never be sure whether she stops.
+ [Take the list to the commission's security men. #vote: informer/tell #discuss: informers_why]
    ~ know_halyna = 3
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You say nothing to her at all, and in the morning you take the list to the security department, where a man writes your name in a book and thanks you.
    Two men come for Halyna before the bread, and she goes with them without her scarf and does not come back to the barrack.
    Someone says she is held in the prison that the commission runs, someone else says nothing at all, and you do not ask. # fact: commission_other_posts
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
The bread is a thin slice now and the soup is mostly water, the same for everyone. # fact: food_equal_rations
All day the bosses' loudspeakers call the prisoners out to work and repeat that the coal trains are waiting. # fact: authority_broadcasts
In the evening the camp radio answers, but not to the bosses, as a prisoner speaks to the soldiers: "Comrade soldiers, we are not afraid of you, and we ask you not to come into our zone. Do not shoot at us." # fact: radio_to_soldiers
Afterwards the starosta calls the women of the barrack together on the bunks and the floor. # term: starosta
"The bosses promise that nothing will happen to us if we go back to work," she says, "and the delegates want to know whether this barrack tells the commission to accept or to hold out."
Vera speaks first: "We have made our point and Moscow has heard it, so now we go back to work and wait for the answer like lawful citizens, before someone does something stupid." # speaker: vera
{
- know_halyna != 3:
    From her bunk Halyna says, "Vera is right," and looks at nobody. # speaker: halyna
}
Helmi, at the door, says that the sick bay has no bandages left, and no iodine. # speaker: helmi
A woman from your brigade stands up and says, "The first commission promised us gates and no punishment, and then we came back from work and found a wall," which is how Formozov, who later read the documents, tells it too. # fact: may19_promises # fact: walls_rebuilt_may23 # fact: first_commission_may19
"No one from the Presidium has come, and nothing they promised has been done," the woman says, "so if we go out now, we go out for nothing."
Ona is looking at her hands, and you know she is thinking of the children outside waiting for letters, and of the trains people talk about at night.
The starosta looks round the room, and her eyes stop on you.

+ [Speak for holding out. #vote: surrender/hold_out]
    {
    - know_halyna != 3:
        ~ risk_seen = MIN(risk_seen + 1, 3)
    }
    "We hold out," you say, "because they have broken every promise they made us, and if we go out now, they will pick us off one by one at the gate." # speaker: daryna
    The women of your brigade stamp their feet while Vera slowly shakes her head. {know_halyna != 3: In her corner Halyna does not look up, but her lips move, as if she were learning something by heart.|Halyna's bunk is still empty.}
+ [Speak for going back to work. #vote: surrender/go_back]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    "We go back to work," you say, "because we are hungry, they are many and they have all the time in the world, and I want us alive for the answer." # speaker: daryna
    The women of your brigade look at you as if you were a stranger, but Ona reaches up from the bunk below and grips your ankle, once.

- The barrack votes to stand with the commission, and so, you hear, does every other barrack, and the camp holds. # fact: duration
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
Men tear the iron fittings off the doors and women carry stones in their skirts to the gaps in the walls; as Kuznetsov later reported, the Center had ordered weapons made from anything to hand, and that is how it looks. # fact: kuznetsov_weapons_report
The combat squads walk about with sharpened pikes on their shoulders, and some carry tin cans full of something that nobody explains. # fact: pikes_grenades
Every day brings new rumours that the other camps are rising too, Rudnik, Spassk, the whole of Steplag, and everyone believes them for an hour at a time. # fact: hopes_spread
{did_find_petro:
    -> petro
- else:
    -> stones
}

= petro
Petro finds you at the stone pile with a pike on his shoulder, holding it too proudly, the way he used to hold a scythe at home.
"I am in a squad now," he says, "and we will hold the gap by the service yard if they come." # speaker: petro
He is twenty-one, and he was sixteen when they tried the two of you. # fiction
He wants something from you, and you can see it in the way he waits.

+ [Ask him to go back to his own barrack's brigade.]
    ~ ch3_barricade = 1
    "Please go back to your own barrack," you say, "and let the older men hold the gap." # speaker: daryna
    Petro's face closes like a door. "And who holds it then, somebody else's brother?" he says, and walks off with the pike on his shoulder, promising nothing and not looking back. # speaker: petro
+ [Tie Mother's embroidered cloth round his wrist.]
    ~ ch3_barricade = 2
    You take out the little embroidered cloth that Mother sent in the last parcel, which you have kept through every search, and tie it tightly round his wrist.
    Petro looks at it for a long time before he says, "She will kill me if I lose it," and for a moment he is a boy again, and then he is not. # speaker: petro

- -> eve

= stones
The squad leader for your section, a Ukrainian from lagpunkt 3 whose voice the mine has ruined, wants women to carry stones to the barricade by the service yard.
"Every stone is one more they have to climb," he says, looking at you, "and you are strong, so come."

+ [Carry stones to the barricade.]
    ~ ch3_barricade = 2
    You carry stones until your back will not straighten, and by evening the men on the barricade know your face, and one of them gives you a drink from his tin cup.
+ [Say you are needed at your own work.]
    ~ ch3_barricade = 1
    "I am needed at my own work," you say. # speaker: daryna
    The squad leader looks at you as if he were writing your name somewhere, and then turns to the next woman.

- -> eve

=== eve ===
# act: forty_days
# date: 1954-06-25
# time: dusk
# place: women_zone
# scene: yard
# beat: eve
# intensity: 2
The evening is very still, and now that the wind has dropped, the dust hangs in the low sun like flour in a mill.
People say that a long train of covered wagons came to the siding in the night, and that the men who got off it were not miners.
The generator hums in its hiding place, and by the canteen two old women dance, holding each other up, to a waltz that someone plays badly on the workshop fiddle.
{did_marry:Your husband of two weeks|Andriy} has been shut in the technical department's room since morning, working on something that nobody will name.
{did_find_petro && ch3_barricade == 2: Petro came by at noon with Mother's cloth still round his wrist, grey now with dust, and ate half your bread, and laughed.}
{did_find_petro && ch3_barricade == 1: Petro has not come to see you since the day at the stone pile, although Andriy says he is well and sleeps on the barricade.}
{know_halyna == 3: Halyna's bunk is still bare.}
{know_halyna == 2: Halyna sits on her bunk reading a child's letter over and over, and as far as you know, she has not been to the wire since that night.}
{know_halyna == 1: Halyna sleeps, or pretends to, and when you watch her, you do not know what you feel.}
For more than a month you have walked where you liked, and you find that you have grown used to it.

+ [Go and find Andriy.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    You find him at the generator, asleep sitting up against the wall with a screwdriver still in his hand, so you sit down beside him and take the screwdriver away.
    When he wakes, nearly at dark, he says, "They are coming, maybe not tomorrow, but soon," the way he would say that it will rain, and {did_marry: he puts his forehead against yours.|he takes your hand, and this time he does not let it go.} # speaker: andriy
+ [Stay with Ona and say the evening prayer.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    Ona kneels by the bunk and you kneel beside her, and she prays in Lithuanian while you pray in Ukrainian, until somewhere in the middle the two prayers become one murmur.
    Afterwards she takes a little wooden cross from under her pillow and presses it into your hand. "Keep it tonight," she says, "and give it back to me tomorrow." # speaker: ona
+ [Go to your work one more time.]
    {
    - did_duty == kitchen:
        In the kitchen you and the head cook cut tomorrow's bread so thin that the light comes through it, and she gives you the last heel of the loaf for the morning.
    - did_duty == sick_bay:
        In the sick bay you tear sheets into bandages with Helmi until your fingers are raw, and she says, "There is an empty bed, if you want to sleep here." # speaker: helmi
        You thank her and say no, because your bunk is where Ona is.
    - did_duty == newspaper:
        By the canteen you help Vera pin up tomorrow's sheet, with its caricature of a loudspeaker with ears, and she stands back to look at it and says, "Good, let them read that." # speaker: vera
    - else:
        In the workshop the generator hums and Andriy's tools lie in a row on his bench like a surgeon's, so you straighten a screwdriver that is already straight, and leave.
    }

- Near midnight you climb onto your bunk, and Ona's breathing comes up from below, slow and even.
The searchlights move across the ceiling, and back, and across.
~ ch3_barricade = 0
-> assault
