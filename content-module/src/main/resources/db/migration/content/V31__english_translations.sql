-- English translations of the guide content. The English follows the Dutch seed of V2 (for the
-- two pages for victims it follows the plainer Dutch of V32, which has the same meaning) and, like
-- the Dutch, must be reviewed and approved by the editors before the site goes live. Dutch legal
-- terms and names of Dutch organisations are kept in brackets so that a reader can recognise them
-- in letters and at the counter. Phases have no body, so only their title and summary. News and
-- the indicator list are not translated here.

-- Phases.
update content.phase set
    title_en = 'Recognising and reporting',
    summary_en = 'Recognising human trafficking, discussing a suspicion and reporting it in the right place.'
where slug = 'signaleren';
update content.phase set
    title_en = 'Protection',
    summary_en = 'Safety, residence, shelter, medical and mental health care, legal help and an interpreter: what a victim needs to catch their breath.'
where slug = 'beschermen';
update content.phase set
    title_en = 'Criminal proceedings',
    summary_en = 'From an information meeting with the police and the police report (aangifte) to the investigation, the prosecution and the verdict.'
where slug = 'strafrechtelijk-proces';
update content.phase set
    title_en = 'Compensation',
    summary_en = 'Compensation through the criminal case, through the civil court or through the Schadefonds Geweldsmisdrijven (Violent Offences Compensation Fund).'
where slug = 'compensatie';

-- Steps.
update content.step set
    title_en = 'Recognising and reporting',
    summary_en = 'Human trafficking is often not visible straight away. Look out for signs, discuss your suspicion and report it, even if you are not sure.',
    body_en = '<p>Human trafficking is recruiting, transporting or housing people in order to exploit them, by force, violence, threats, deception or abuse of a vulnerable position. With minors, exploitation is a crime even without these means of force. Victims often do not see themselves as victims: they depend on the exploiter, feel ashamed, are afraid of the police or have debts they want to pay off.</p>
<h2>Recognising</h2>
<p>One sign is rarely enough, but a combination of signs is a reason to ask more questions. Use the <a href="/signaleren/indicatoren">list of indicators</a>. Look out especially for:</p>
<ul>
<li>dependence on an employer or go-between for work, housing, transport or papers;</li>
<li>debts that keep growing, for example for travel, rent or finding work;</li>
<li>no identity document of their own, no control over their own money;</li>
<li>long working days, poor housing, no free time, no free contact with others;</li>
<li>fear, stories that seem rehearsed, or someone else who always does the talking.</li>
</ul>
<h2>Reporting</h2>
<ul>
<li>In immediate danger: call <strong>112</strong>.</li>
<li>If it is not urgent: the police on 0900-8844, or anonymously through Meld Misdaad Anoniem (Report Crime Anonymously, 0800-7000).</li>
<li>If it concerns a minor or there is violence in the family: Veilig Thuis (advice and reporting centre for domestic violence and child abuse, 0800-2000).</li>
<li>For advice and to arrange care: the care coordinator for human trafficking (zorgcoördinator) in the municipality where the victim is staying. See <a href="/zorgcoordinator">find a care coordinator</a>.</li>
</ul>
<p>Professionals with a duty of confidentiality follow the reporting code (meldcode) of their profession. Doubt is no reason to do nothing: a care coordinator will think along with you, even when it is not yet clear whether it is human trafficking.</p>'
where slug = 'herkennen-en-melden';
update content.step set
    title_en = 'A first conversation with the victim',
    summary_en = 'Make sure there is a safe place, an interpreter of your own and time. The first conversation is about safety and trust, not about evidence.',
    body_en = '<p>A first conversation often decides whether someone dares to accept help. Talk to the possible victim alone, without the person who always comes along or speaks for him or her.</p>
<ul>
<li>Use a professional interpreter, never a family member, a colleague or the &quot;friend&quot; who comes along.</li>
<li>Say who you are, what you will do with the information and what you will not do. Do not promise anything you cannot keep.</li>
<li>Ask about the situation: work, housing, money, papers, freedom to come and go. You do not have to collect evidence.</li>
<li>Ask whether the person is safe now and whether anyone else (children, family) is in danger.</li>
<li>Explain that there is help, also without a police report (aangifte), and that the person decides for themselves about reporting to the police.</li>
</ul>
<p>After the conversation, contact the care coordinator in the region. The care coordinator can arrange shelter, care and a lawyer and knows which rights apply.</p>'
where slug = 'eerste-gesprek-met-het-slachtoffer';
update content.step set
    title_en = 'Safety',
    summary_en = 'Safety first: of the victim, of children and family, and of the people who help.',
    body_en = '<p>Exploiters often put pressure on victims by threatening them or their family in the country of origin. Assess the risks together with the police and the care coordinator before you take any action.</p>
<ul>
<li>In immediate danger: call 112.</li>
<li>Make sure the victim has their own phone with a number the exploiter does not know, and discuss what to do in an emergency.</li>
<li>The addresses of shelters are secret. Do not share them, not even with people the victim knows.</li>
<li>Ask the police about security measures if there is a threat, even if there is no police report (aangifte) (yet).</li>
</ul>
<p>Extra protection measures apply to minors; involve Veilig Thuis (advice and reporting centre for domestic violence and child abuse) or child protection services (jeugdbescherming).</p>'
where slug = 'veiligheid';
update content.step set
    title_en = 'Residence',
    summary_en = 'Victims without a right of residence have the right to a reflection period and can get a residence permit. Victims from the EU do not need these.',
    body_en = '<p>A victim who does not have legal residence in the Netherlands does not need to be afraid of being deported straight away. There is a special scheme for victims of human trafficking.</p>
<h2>From outside the European Union</h2>
<ul>
<li><strong>Reflection period (bedenktijd)</strong>: at the slightest indication of human trafficking, the police (or the Royal Netherlands Marechaussee, Koninklijke Marechaussee) offer a reflection period. During this time the victim decides whether he or she will file a police report (aangifte) or cooperate in another way.</li>
<li><strong>Temporary residence permit</strong>: someone who files a police report or cooperates with the investigation can get a permit for as long as the criminal proceedings last.</li>
<li><strong>If cooperating is not possible</strong>: in case of serious threats or medical or psychological limitations, there is a route without a police report in certain cases.</li>
</ul>
<h2>From the European Union</h2>
<p>Citizens of the EU, the EEA and Switzerland may stay in the Netherlands under the European rules on free movement. They do not need a reflection period or a permit, but they do need help with registration, health insurance and income.</p>
<p>Always let the victim be assisted by a lawyer with experience in immigration law and human trafficking. Someone who wants to go back to their country of origin can get help with a safe return.</p>'
where slug = 'verblijf';
update content.step set
    title_en = 'Shelter',
    summary_en = 'A safe place to sleep, often at a secret address, with support from staff who are trained to help victims of human trafficking.',
    body_en = '<p>Many victims live with the exploiter or in housing arranged by the exploiter. A safe place is then the first condition for accepting help.</p>
<ul>
<li>Adult foreign victims can go to specialised shelter (categorale opvang) in the first period.</li>
<li>Dutch victims and victims who stay longer go to regular women''s shelters and social shelters or to a specialised facility.</li>
<li>For minors there is protected shelter with extra supervision.</li>
</ul>
<p>The care coordinator arranges the placement, together with the national coordination if needed. Shelter addresses are secret and are never in this guide.</p>'
where slug = 'opvang';
update content.step set
    title_en = 'Medical and mental health care',
    summary_en = 'Physical complaints, pregnancy, addiction and trauma: give care as early as possible, also without insurance or a residence permit.',
    body_en = '<p>Victims have often lived without care for a long time. Common problems are injuries, infections, sexually transmitted infections, pregnancy, dental problems, addiction, sleep problems, anxiety and post-traumatic stress.</p>
<ul>
<li>Let a family doctor (huisarts) or a doctor at the shelter do a first examination. Medically necessary care is always given, also to people without insurance.</li>
<li>Victims from outside the EU who are in the reflection period (bedenktijd) or who have a residence permit as a victim get care through a special scheme.</li>
<li>Offer psychological help that is suited to trauma, in the person''s own language or with an interpreter. Do not push the person to tell the whole story.</li>
<li>Record injuries carefully: this can later serve as evidence.</li>
</ul>'
where slug = 'medische-en-psychische-zorg';
update content.step set
    title_en = 'Legal help',
    summary_en = 'A specialised lawyer helps with residence, the police report, the criminal proceedings and compensation, usually at no cost to the victim.',
    body_en = '<p>A victim of human trafficking has the right to a lawyer. Involve the lawyer early: even before the police report (aangifte), a lawyer can explain what a report means, which rights there are and what a choice means for the right to stay.</p>
<ul>
<li>Choose a lawyer with experience in human trafficking cases; for residence matters, a lawyer with knowledge of immigration law.</li>
<li>For victims of serious violent and sexual offences, including human trafficking, legal aid is free of charge as a rule, whatever their income.</li>
<li>Het Juridisch Loket (the legal advice desk) and Slachtofferhulp Nederland (Victim Support Netherlands) help to find a lawyer.</li>
</ul>'
where slug = 'juridische-hulp';
update content.step set
    title_en = 'Interpreter',
    summary_en = 'A professional interpreter makes sure the victim understands what is happening and can make their own choices.',
    body_en = '<p>A good conversation is only possible in a language the victim knows well. A professional interpreter is impartial and has a duty of confidentiality.</p>
<ul>
<li>Never use the person who accompanies the victim, a family member or a child as an interpreter: they may be part of the exploiter''s network.</li>
<li>Ask whether the victim would prefer an interpreter of a certain gender, and check whether the interpreter and the victim know each other.</li>
<li>With the police and the justice system, the victim has the right to a free interpreter. In care, the organisation arranges an interpreter; the care coordinator knows how.</li>
</ul>'
where slug = 'tolk';
update content.step set
    title_en = 'Information meeting with the police',
    summary_en = 'A conversation to hear what a police report (aangifte) involves, without the victim having to decide anything yet.',
    body_en = '<p>Before a victim decides to file a police report (aangifte), he or she can have an information meeting with detectives who specialise in human trafficking. The meeting is without obligation: the victim hears what a report means, how the victim is protected and what the victim''s rights are.</p>
<ul>
<li>Let the victim prepare with a lawyer; the lawyer can also come along.</li>
<li>There is an interpreter if the victim does not speak Dutch.</li>
<li>For a victim from outside the EU, the reflection period (bedenktijd) is often running during this phase.</li>
</ul>'
where slug = 'informatief-gesprek-met-de-politie';
update content.step set
    title_en = 'Police report (aangifte)',
    summary_en = 'A police report (aangifte) starts the criminal investigation. Specialised detectives interview the victim.',
    body_en = '<p>When filing a police report (aangifte), the victim tells the police what happened. In human trafficking cases this usually happens in several long interviews with detectives who are trained for this.</p>
<ul>
<li>The victim may be assisted by a lawyer and has the right to an interpreter.</li>
<li>Ask whether the victim''s place of residence or other details can be kept out of the case file if there is a threat.</li>
<li>Without a police report, a victim can also cooperate in another way, for example by giving a statement as a witness.</li>
<li>For a victim from outside the EU, a police report or cooperation is the usual route to a temporary residence permit.</li>
</ul>
<p>Interviews can be hard. Make sure there is someone the victim can go to afterwards.</p>'
where slug = 'aangifte';
update content.step set
    title_en = 'Criminal investigation',
    summary_en = 'The police and the Public Prosecution Service (Openbaar Ministerie) look for evidence. This can take a long time; the victim has the right to information about the progress.',
    body_en = '<p>After the police report (aangifte), the police investigate the case under the direction of the Public Prosecution Service (Openbaar Ministerie): they interview witnesses, follow financial traces and read out phones, sometimes together with the police in other countries. Human trafficking cases often take a long time.</p>
<ul>
<li>The victim can ask to be kept informed about important decisions in the case.</li>
<li>Sometimes the victim is interviewed again, also by the examining judge (rechter-commissaris).</li>
<li>A victim who committed crimes under force can rely on the principle that victims are not punished for this.</li>
</ul>'
where slug = 'opsporingsonderzoek';
update content.step set
    title_en = 'Prosecution',
    summary_en = 'The Public Prosecution Service (Openbaar Ministerie) decides whether the suspect goes to court.',
    body_en = '<p>If there is enough evidence, the public prosecutor (officier van justitie) summons the suspect to court. The court then deals with the case at a hearing.</p>
<ul>
<li>The victim may attend the hearing and has the right to speak: the victim can tell the court what harm the crime has caused.</li>
<li>The victim can join the criminal case as an injured party (benadeelde partij) to ask for compensation. Prepare this in good time with the lawyer.</li>
<li>Slachtofferhulp Nederland (Victim Support Netherlands) can prepare the victim and support the victim on the day of the hearing.</li>
</ul>'
where slug = 'vervolging';
update content.step set
    title_en = 'Conviction',
    summary_en = 'If there is a conviction, the court imposes a sentence and can order the offender to pay for the damage.',
    body_en = '<p>If the court convicts the suspect, a sentence follows and often a compensation order (schadevergoedingsmaatregel). The State then collects the amount from the offender.</p>
<ul>
<li>If the offender does not pay on time, the State can pay an advance to the victim in cases of violent and sexual offences.</li>
<li>The suspect or the Public Prosecution Service (Openbaar Ministerie) can appeal; the case then takes longer.</li>
<li>For a victim with a temporary residence permit, the outcome matters for staying longer. Discuss this with the lawyer.</li>
</ul>'
where slug = 'veroordeling';
update content.step set
    title_en = 'Case dropped (sepot) or acquittal',
    summary_en = 'Not every case ends in a conviction. Even then, the victim still has options.',
    body_en = '<p>The Public Prosecution Service (Openbaar Ministerie) can drop a case (sepot: a decision not to prosecute), or the court can acquit the suspect. For a victim this is often a great disappointment, but it does not mean that the victim is not believed.</p>
<ul>
<li>If the case is dropped, the victim can file a complaint with the court of appeal (gerechtshof), in a so-called Article 12 procedure (artikel 12-procedure). Let the lawyer assess this.</li>
<li>Compensation is still possible through the civil court or the Schadefonds Geweldsmisdrijven (Violent Offences Compensation Fund).</li>
<li>To stay after the criminal proceedings, a residence permit on humanitarian grounds can be applied for in certain cases.</li>
<li>Offer aftercare: a dropped case or an acquittal can bring back old fear and feelings of being unsafe.</li>
</ul>'
where slug = 'sepot-of-vrijspraak';
update content.step set
    title_en = 'Injured party in the criminal case',
    summary_en = 'The victim asks for compensation from the offender in the criminal case. This is often the simplest route.',
    body_en = '<p>If the suspect is prosecuted, the victim can join the criminal case as an injured party (benadeelde partij). The criminal court then also decides on the compensation.</p>
<ul>
<li>Think of material damage (unpaid wages, money that was taken, medical costs) and non-material damage (suffering).</li>
<li>Support the claim with documents: payslips, messages, bank statements, statements from care workers.</li>
<li>If a claim is complicated, the court can declare (part of) it inadmissible; that part can then go to the civil court.</li>
<li>If the court awards compensation with a compensation order (schadevergoedingsmaatregel), the State collects the amount.</li>
</ul>'
where slug = 'benadeelde-partij-in-het-strafproces';
update content.step set
    title_en = 'Civil claim',
    summary_en = 'Through the civil court the victim can claim compensation, also without a criminal case or after an acquittal.',
    body_en = '<p>A civil procedure is separate from the criminal case. The victim then claims compensation for the damage, through a lawyer, from the offender or from others who are liable.</p>
<ul>
<li>Victims of labour exploitation can claim unpaid wages; sometimes clients higher up in the chain are also liable.</li>
<li>A civil procedure takes time and requires evidence. Let the lawyer assess whether the offender can pay.</li>
<li>Seizing the offender''s property can help to make sure the claim can be collected later.</li>
</ul>'
where slug = 'civiele-vordering';
update content.step set
    title_en = 'Schadefonds Geweldsmisdrijven (Violent Offences Compensation Fund)',
    summary_en = 'A one-off payment from the government for victims with serious injury from a violent crime, even if the offender is unknown.',
    body_en = '<p>The Schadefonds Geweldsmisdrijven (Violent Offences Compensation Fund) pays an amount to victims who have serious physical or psychological injury from an intentional violent crime in the Netherlands. Human trafficking often falls under this.</p>
<ul>
<li>A conviction of the offender is not needed; a police report (aangifte) does help with the assessment.</li>
<li>The amount depends on how serious the injury is and follows fixed categories.</li>
<li>There is a time limit for applying. Get help in good time from a lawyer or Slachtofferhulp Nederland (Victim Support Netherlands).</li>
</ul>'
where slug = 'schadefonds-geweldsmisdrijven';

-- Rights and regulations.
update content.regulation set
    title_en = 'Reflection period for victims from outside the EU',
    summary_en = 'A period of at most three months in which a victim without a right of residence can recover and decide about a police report (aangifte), without being deported.',
    body_en = '<p>A victim of human trafficking who does not have legal residence and does not come from the EU gets a reflection period (bedenktijd) of at most three months. The police or the Royal Netherlands Marechaussee (Koninklijke Marechaussee) offer it as soon as there is even a slight indication of human trafficking; the victim does not have to prove it.</p>
<ul>
<li>During the reflection period the victim is not deported.</li>
<li>The victim has the right to shelter, medical care, legal assistance and a provision for living costs.</li>
<li>At the end, the victim decides whether he or she will file a police report (aangifte) or cooperate in another way. The victim can also decide earlier.</li>
</ul>
<p>Actively offer the reflection period and explain what it means, in a language the victim understands.</p>'
where slug = 'bedenktijd';
update content.regulation set
    title_en = 'Temporary residence permit for victims of human trafficking',
    summary_en = 'Someone who files a police report (aangifte) or cooperates with the criminal investigation can get a residence permit for as long as the criminal proceedings last.',
    body_en = '<p>A victim from outside the EU who files a police report (aangifte) or cooperates in another way with the investigation into the trafficker can get a temporary residence permit. The application usually goes through the police when the report is filed; the IND (Immigration and Naturalisation Service) decides.</p>
<ul>
<li>The permit is valid for as long as the criminal proceedings last and gives the right to shelter, care and, under conditions, work.</li>
<li>After the criminal proceedings, continued residence can be applied for in certain situations, for example after the offender has been convicted.</li>
<li>Let a lawyer with knowledge of immigration law guide the application and any extension.</li>
</ul>'
where slug = 'verblijfsvergunning-slachtoffer-mensenhandel';
update content.regulation set
    title_en = 'Residence if a police report or cooperation is not possible',
    summary_en = 'A victim who cannot cooperate because of serious threats or medical or psychological limitations can still get a residence permit in certain cases.',
    body_en = '<p>Sometimes a victim cannot file a police report (aangifte) or cannot cooperate, for example because the threat against the victim or the family is too great, or because the victim is medically or psychologically not able to do so. There is then a possibility of exemption from the condition to cooperate; an expert must give evidence of the limitation or the threat.</p>
<ul>
<li>In addition, a victim can apply for a residence permit on humanitarian grounds if a return cannot be justified.</li>
<li>These routes are complicated and the outcome is not certain. Involve an experienced lawyer early.</li>
</ul>'
where slug = 'verblijf-zonder-aangifte';
update content.regulation set
    title_en = 'Health insurance and living costs during the reflection period and residence',
    summary_en = 'Victims from outside the EU in the reflection period or with a temporary residence permit as a victim get health insurance and money to live on.',
    body_en = '<p>A victim from outside the EU who is in the reflection period (bedenktijd) or has a temporary residence permit as a victim of human trafficking has the right to provisions: health insurance, an amount for living costs and, if needed, a place to stay. The COA (Central Agency for the Reception of Asylum Seekers) carries this out; the care coordinator or the shelter helps with registering.</p>'
where slug = 'verstrekkingen-zorg-en-levensonderhoud';
update content.regulation set
    title_en = 'Specialised shelter for foreign victims',
    summary_en = 'Adult victims from abroad can go to specialised shelter (categorale opvang) in the first period.',
    body_en = '<p>For adult victims who do not come from the Netherlands, there are specialised shelter places where they can recover and where the staff have experience with human trafficking, trauma and residence questions. The care coordinator or the national coordination arranges the placement.</p>
<p>After the first period, the victim moves on to other shelter or supported housing if needed.</p>'
where slug = 'opvang-buitenlandse-slachtoffers';
update content.regulation set
    title_en = 'Free legal aid from a specialised lawyer',
    summary_en = 'Victims of human trafficking can get a lawyer without having to pay for it.',
    body_en = '<p>Victims of serious violent and sexual offences, including human trafficking, can be assisted by a lawyer free of charge, whatever their income. The lawyer helps with the police report (aangifte), during the criminal proceedings, with compensation and, together with a specialist, with residence matters.</p>
<ul>
<li>Het Juridisch Loket (the legal advice desk) and Slachtofferhulp Nederland (Victim Support Netherlands) help to find a specialised lawyer.</li>
<li>Involve the lawyer as early as possible, preferably before the information meeting with the police.</li>
</ul>'
where slug = 'gratis-rechtsbijstand';
update content.regulation set
    title_en = 'Right to an interpreter and translation',
    summary_en = 'A victim who does not speak enough Dutch has the right to a free interpreter and to translation of important documents with the police and the justice system.',
    body_en = '<p>When filing the police report (aangifte), in interviews and at the hearing, a victim who does not speak Dutch, or not well enough, has the right to the help of an interpreter, free of charge. The written information that the victim needs to use his or her rights can also be translated.</p>
<p>In care and shelter, an interpreter is not a legal right in the same form, but good help is not possible without an interpreter. Organisations and the care coordinator know how to bring in a professional interpreter.</p>'
where slug = 'recht-op-een-tolk';
update content.regulation set
    title_en = 'Rights of the victim in the criminal proceedings',
    summary_en = 'Information about the case, access to documents, the right to speak at the hearing and assistance from a lawyer.',
    body_en = '<p>A victim is not a party to the proceedings like the suspect, but does have rights of his or her own:</p>
<ul>
<li>to be kept informed of the progress and of important decisions, such as dropping the case (sepot) or the date of the hearing;</li>
<li>to see documents from the case file, usually through the lawyer;</li>
<li>the right to speak at the hearing;</li>
<li>protection of privacy and, if there is a threat, of safety;</li>
<li>to join the case as an injured party (benadeelde partij) to ask for compensation.</li>
</ul>'
where slug = 'rechten-van-het-slachtoffer-in-het-strafproces';
update content.regulation set
    title_en = 'No punishment for crimes a victim was forced to commit',
    summary_en = 'Victims whose exploiter forced them to commit crimes should in principle not be punished for them.',
    body_en = '<p>Exploiters sometimes make victims commit crimes: selling or transporting drugs, stealing, working with false papers. The non-punishment principle means that the Public Prosecution Service (Openbaar Ministerie) and the court take into account the force under which this happened, and that the victim is in principle not prosecuted or punished for it.</p>
<p>Tell the police and the lawyer as early as possible that someone may be a victim. Otherwise someone who is only seen as a suspect will not be recognised as a victim.</p>'
where slug = 'niet-bestraffingsbeginsel';
update content.regulation set
    title_en = 'Compensation in the criminal proceedings',
    summary_en = 'The victim can ask for compensation in the criminal case; if there is a conviction, the State collects the amount.',
    body_en = '<p>A victim can join the criminal proceedings as an injured party (benadeelde partij) and ask there for compensation for material and non-material damage. If the court awards it, the court often also imposes a compensation order (schadevergoedingsmaatregel): the State collects the amount from the offender.</p>
<p>If the offender does not pay within the set time, the State in many cases pays an advance to the victim in cases of violent and sexual offences (advance payment scheme, voorschotregeling).</p>'
where slug = 'voeging-benadeelde-partij';
update content.regulation set
    title_en = 'Compensation through the civil court',
    summary_en = 'Separately from the criminal case, the victim can take the offender, or others who are liable, to the civil court.',
    body_en = '<p>In a civil procedure a victim can claim compensation on the basis of an unlawful act (onrechtmatige daad). This is also possible if there is no criminal case, if the suspect has been acquitted or if the criminal court has not dealt with (all of) the claim.</p>
<p>A civil procedure requires a lawyer, evidence and patience. Have someone assess beforehand whether there is anything to recover.</p>'
where slug = 'civiele-schadevergoeding';
update content.regulation set
    title_en = 'Claiming unpaid wages',
    summary_en = 'Someone who was exploited at work has the right to at least the statutory minimum wage for the work done, even without valid work papers.',
    body_en = '<p>A victim of labour exploitation can claim the wages that he or she was owed: at least the statutory minimum wage and holiday pay for the hours worked. This also applies if the employee did not have a work permit (tewerkstellingsvergunning).</p>
<ul>
<li>Collect what there is: messages, photos of work schedules, bank statements, names of colleagues and clients.</li>
<li>The claim can be made in the criminal case or at the civil court; sometimes clients higher up in the chain are also liable for the wages.</li>
<li>The Netherlands Labour Authority (Nederlandse Arbeidsinspectie) investigates abuses at work and can be involved.</li>
</ul>'
where slug = 'achterstallig-loon';
update content.regulation set
    title_en = 'Payment from the Schadefonds Geweldsmisdrijven (Violent Offences Compensation Fund)',
    summary_en = 'A one-off payment for victims with serious physical or psychological injury from an intentional violent crime.',
    body_en = '<p>The Schadefonds Geweldsmisdrijven (Violent Offences Compensation Fund) gives a one-off payment to victims who suffered serious injury from an intentional violent crime in the Netherlands. In human trafficking this is often psychological injury from long-lasting force and violence.</p>
<ul>
<li>A conviction of the offender is not needed, and the offender does not have to be known.</li>
<li>The amount follows fixed injury categories. Other payments for the same damage can be deducted.</li>
<li>There is a time limit for the application: get help in good time from the lawyer or Slachtofferhulp Nederland (Victim Support Netherlands).</li>
</ul>'
where slug = 'schadefonds-geweldsmisdrijven';
update content.regulation set
    title_en = 'Guardianship and protection for unaccompanied minors',
    summary_en = 'A minor from abroad without parents in the Netherlands gets a guardian, and protected shelter if there is a risk of exploitation.',
    body_en = '<p>A minor who is in the Netherlands without parents or a legal representative gets a guardian. For unaccompanied foreign minors this is a specialised guardianship organisation (Nidos). If there is a risk of human trafficking or of going missing, the minor can be placed in protected shelter, with extra supervision and support.</p>
<p>Report a suspicion straight away to the police and the guardian: minor victims sometimes disappear shortly after they arrive.</p>'
where slug = 'voogdij-alleenstaande-minderjarigen';
update content.regulation set
    title_en = 'Extra protection and youth care for minors',
    summary_en = 'With minor victims, Veilig Thuis, child protection services and the municipality have a role, as well as the police and the care coordinator.',
    body_en = '<p>Exploitation of a minor is always human trafficking, even if no force was used. Minors are often recruited through social media or through someone who pretends to be a friend or lover.</p>
<ul>
<li>Follow the reporting code (meldcode) and discuss the suspicion with Veilig Thuis (advice and reporting centre for domestic violence and child abuse, 0800-2000).</li>
<li>The municipality provides youth care (jeugdhulp); if there are serious concerns, the Child Care and Protection Board (Raad voor de Kinderbescherming) can ask for a child protection measure.</li>
<li>Involve the parents or guardian, unless that puts the child''s safety at risk.</li>
</ul>'
where slug = 'bescherming-minderjarigen';
update content.regulation set
    title_en = 'Help with a safe return',
    summary_en = 'Victims who want to go back to their country of origin can get help with the journey and with a new start.',
    body_en = '<p>Some victims want to go home as soon as possible. Specialised organisations help with a safe return: travel documents, the journey itself, reception on arrival and sometimes support with work or education in the country of origin.</p>
<p>Before leaving, discuss the risks: are the exploiters or people the victim owes money to active in the country of origin? A decision to return also has consequences for the police report (aangifte) and compensation; let the lawyer explain this.</p>'
where slug = 'terugkeer';

-- Information pages.
update content.information_page set
    title_en = 'Am I being exploited?',
    summary_en = 'Do you have to work or do things you do not want to do, and you cannot leave? Then you may be a victim of human trafficking. There is help, even if you do not have papers.',
    body_en = '<p>Maybe you recognise some of this:</p>
<ul>
<li>You have to pay off a debt that keeps growing.</li>
<li>Someone else has your passport or identity card.</li>
<li>You get little or no money for your work, or you have to hand it over.</li>
<li>You live where your boss or someone who arranges your work or housing tells you to live. You are not allowed to just leave.</li>
<li>You are threatened, or your family is threatened.</li>
<li>You have to have sex with other people, or do things that are against the law.</li>
</ul>
<p>Then you may be a victim of human trafficking. It is not your fault. You have the right to help: a safe place, a doctor, a lawyer and an interpreter. If you do not have a residence permit, you first get time to think. You decide yourself if you go to the police.</p>
<p>Are you in danger now? Call <strong>112</strong>. Do you want to talk first? Find the care coordinator in your municipality on this website. The care coordinator is the person who arranges help for victims.</p>'
where slug = 'ben-ik-slachtoffer';
update content.information_page set
    title_en = 'Your rights in short',
    summary_en = 'What you can expect as a victim of human trafficking, in plain language.',
    body_en = '<ul>
<li>You get help, even if you do not report the crime to the police (aangifte).</li>
<li>You may have a lawyer. Usually you do not have to pay for the lawyer.</li>
<li>At the police, you get an interpreter if you do not speak Dutch.</li>
<li>Do you come from outside the European Union and do you not have a residence permit? Then you first get a reflection period (bedenktijd): time to think in peace. During that time you will not be sent away from the Netherlands.</li>
<li>You can get money to make up for the harm that was done to you.</li>
<li>Nobody may pass on your story without a good reason. Shelter addresses are secret.</li>
</ul>
<p>Use the <a href="/route-op-maat">tailored route</a> to see which rights apply to you.</p>'
where slug = 'uw-rechten-in-het-kort';
update content.information_page set
    title_en = 'Are you worried about someone?',
    summary_en = 'You see something that is not right with the neighbours, at work or around you. This is how you can help without putting yourself or the other person in danger.',
    body_en = '<p>Human trafficking often happens close by: in a house where many people live and keep changing, in a nail salon, a car wash, on a farm, in construction, or behind an advert for sex. Young people around you can also be recruited.</p>
<ul>
<li>Do not confront possible exploiters yourself.</li>
<li>Write down what you see: dates, times, addresses, number plates.</li>
<li>Is there immediate danger? Call 112.</li>
<li>Not urgent? Call the police on 0900-8844, or report anonymously to Meld Misdaad Anoniem (Report Crime Anonymously, 0800-7000).</li>
<li>Is it about a child or young person? Call Veilig Thuis (advice and reporting centre for domestic violence and child abuse, 0800-2000) for advice.</li>
</ul>'
where slug = 'zorgen-om-iemand';
update content.information_page set
    title_en = 'What to do if you suspect human trafficking',
    summary_en = 'For police, care, education, municipalities, lawyers and shelters: the steps from a first sign to care, and who helps you with them.',
    body_en = '<p>As a professional you are often the first to notice something. You do not need to know for sure that it is human trafficking before you take action.</p>
<ol>
<li><strong>Recognise</strong> the signs with the list of indicators and discuss your suspicion with a colleague or the designated contact person in your organisation (aandachtsfunctionaris).</li>
<li><strong>Talk</strong> to the possible victim alone and with a professional interpreter.</li>
<li><strong>Call in</strong> the care coordinator for human trafficking (zorgcoördinator) in the region. The care coordinator arranges shelter, care and legal help and, with the victim''s consent, registers the victim with the national registration.</li>
<li><strong>Involve</strong> the police: straight away in immediate danger, otherwise after consultation. A victim from outside the EU must be offered the reflection period (bedenktijd).</li>
<li><strong>Follow</strong> the reporting code (meldcode) of your profession if you have a duty of confidentiality.</li>
</ol>
<p>The <a href="/route-op-maat">tailored route</a> shows for each victim profile which rights and regulations apply.</p>'
where slug = 'wat-te-doen-bij-een-vermoeden';
update content.information_page set
    title_en = 'About this guide',
    summary_en = 'Why this guide exists, who makes it and how the content is written.',
    body_en = '<p>This guide helps professionals, victims and concerned citizens find their way in the help for victims of human trafficking in the Netherlands: which steps there are, which rights and regulations apply and which organisations help.</p>
<p><strong>Please note:</strong> the texts in this version are a first draft. All content must be checked and approved by the editors before the guide goes live. Rules, time limits and amounts change; that is why the texts are kept general on purpose. Stories and news items with the label &quot;Example&quot; (Voorbeeld) are made up and are only meant as illustrations.</p>
<p>The guide does not replace legal advice. For a specific situation, always involve a care coordinator and a specialised lawyer.</p>'
where slug = 'over-deze-wegwijzer';

-- Forms of exploitation.
update content.exploitation_form_page set
    title_en = 'Sexual exploitation',
    summary_en = 'Forcing or deceiving someone into sex for money, or profiting from their sexual services.',
    body_en = '<p>Sexual exploitation is the most reported form of human trafficking in the Netherlands. It happens in licensed and illegal prostitution, in houses and hotels, and through adverts online. Offenders use violence and threats, but also romantic feelings, debts or dependence.</p>
<p>With minors, every form of sexual exploitation is human trafficking, even without force. Look out for young people who get expensive things without explanation, stay away, have an older &quot;friend&quot; or withdraw.</p>'
where slug = 'seksuele-uitbuiting';
update content.exploitation_form_page set
    title_en = 'Labour exploitation',
    summary_en = 'Making people work under force or in conditions far below standard, while someone else makes money from it.',
    body_en = '<p>Labour exploitation happens in many sectors: agriculture and horticulture, construction, transport and logistics, hotels and restaurants, cleaning, distribution centres, domestic work and meat processing. Victims are often labour migrants who depend on an employment agency or a go-between for work, housing and transport.</p>
<p>Signs include: extremely long working days, no pay or too little pay, deductions for rent and fines, papers that have been taken away, and threats. Not every bad workplace is exploitation; if you are not sure, the Netherlands Labour Authority (Nederlandse Arbeidsinspectie) and the care coordinator can think along with you.</p>'
where slug = 'arbeidsuitbuiting';
update content.exploitation_form_page set
    title_en = 'Criminal exploitation',
    summary_en = 'Forcing someone to commit crimes, such as transporting drugs, stealing or begging, for someone else''s profit.',
    body_en = '<p>In criminal exploitation, victims have to commit crimes: selling or transporting drugs, shoplifting, pickpocketing, money laundering through their bank account, or begging. Because of this, victims are often first seen as suspects.</p>
<p>Think of human trafficking when someone keeps committing the same crimes under pressure from others, has debts with the network or cannot use the money the crimes bring in. For victims, the principle applies that they are not punished for crimes they committed under force.</p>'
where slug = 'criminele-uitbuiting';
update content.exploitation_form_page set
    title_en = 'Forced organ removal',
    summary_en = 'Forcing or deceiving someone into giving up an organ, for someone else''s profit.',
    body_en = '<p>Forced organ removal rarely comes to light in the Netherlands, but victims may come here for care. It concerns people who gave up an organ, usually a kidney, under force, out of need or through deception, often abroad.</p>
<p>Signs are a recent scar without a clear medical history, debts with a go-between or a story about a &quot;donation&quot; for money. Make sure there is medical aftercare and report the suspicion to the police.</p>'
where slug = 'gedwongen-orgaanverwijdering';

-- Stories (examples, not real people).
update content.story set
    title_en = 'Example: working in the greenhouse',
    summary_en = 'A made-up story about a labour migrant in horticulture, as an illustration.',
    body_en = '<p><em>This story is an example and is not about a real person.</em></p>
<p>I came through an agency in my own country. They promised good pay and a room. I shared the room with five others. Every week money was taken off my pay for the rent, the bus and a fine if we were too slow. At the end of the month I had almost nothing left, and my debt for the journey did not get smaller.</p>
<p>A nurse at the doctor''s practice asked more questions when I came in with an infected hand. She arranged an interpreter and called the care coordinator. I got a different place to sleep and a lawyer. Now I know that I have a right to my wages.</p>'
where slug = 'voorbeeld-werken-in-de-kas';
update content.story set
    title_en = 'Example: he said he loved me',
    summary_en = 'A made-up story about a young woman who ended up in prostitution through a "boyfriend", as an illustration.',
    body_en = '<p><em>This story is an example and is not about a real person.</em></p>
<p>I was sixteen when I met him. He gave me attention and presents. Later he said he had debts and that I had to help him. First just once, then every evening. I did not dare to tell anyone.</p>
<p>A teacher saw that I was always tired and often stayed away. She did not ask straight away what was wrong, but she stayed close. When I told her, she called Veilig Thuis (advice and reporting centre for domestic violence and child abuse). It was hard, but I am safe now and I go to school again.</p>'
where slug = 'voorbeeld-de-vriend';
update content.story set
    title_en = 'Example: a debt that never got smaller',
    summary_en = 'A made-up story about a boy who had to transport drugs, as an illustration.',
    body_en = '<p><em>This story is an example and is not about a real person.</em></p>
<p>They said I had to deliver a package to pay back my journey. Then another one, and another one. When the police stopped me, I thought I would go to prison. My lawyer told the public prosecutor how things really were. I was seen as a victim, and I got help instead of punishment.</p>'
where slug = 'voorbeeld-de-schuld';

-- Frequently asked questions.
update content.faq_entry set
    question_en = 'Does a victim have to file a police report (aangifte) to get help?',
    answer_en = '<p>No. Shelter, care and legal help are also there without a police report. For a victim from outside the EU without a right of residence, a police report or cooperation is the usual route to a temporary residence permit; first there is the reflection period (bedenktijd) to decide about this.</p>'
where slug = 'aangifte-verplicht';
update content.faq_entry set
    question_en = 'The victim does not have a residence permit. Will he or she be deported?',
    answer_en = '<p>Not during the reflection period (bedenktijd). At the slightest indication of human trafficking, the police offer a victim from outside the EU a reflection period. After that, residence depends on a police report (aangifte) or cooperation, or on another route. Let a lawyer assist the victim.</p>'
where slug = 'geen-papieren';
update content.faq_entry set
    question_en = 'Who arranges the help for a victim?',
    answer_en = '<p>Every region has a care coordinator for human trafficking (zorgcoördinator). The care coordinator arranges shelter, care, a lawyer and other help, and keeps an overview. Find the care coordinator for a municipality or postcode in this guide. Where there is no regional care coordinator, the national coordination takes over.</p>'
where slug = 'wie-is-de-zorgcoordinator';
update content.faq_entry set
    question_en = 'Does the reflection period also apply to someone from Poland or Romania?',
    answer_en = '<p>No. Citizens of the EU may stay in the Netherlands under the European rules on free movement and do not need a reflection period or a residence permit as a victim. They do have the right to help, shelter, a lawyer and compensation.</p>'
where slug = 'eu-burger';
update content.faq_entry set
    question_en = 'What is different if the victim is a minor?',
    answer_en = '<p>Exploitation of a minor is always human trafficking, even without force. Involve Veilig Thuis (advice and reporting centre for domestic violence and child abuse) and child protection services (jeugdbescherming), and for an unaccompanied minor from abroad, the guardian. There is protected shelter with extra supervision.</p>'
where slug = 'minderjarig';
update content.faq_entry set
    question_en = 'Does the victim have to pay for the lawyer?',
    answer_en = '<p>Usually not. Victims of serious violent and sexual offences, including human trafficking, can get legal aid free of charge, whatever their income. The lawyer applies for this.</p>'
where slug = 'kosten-advocaat';
