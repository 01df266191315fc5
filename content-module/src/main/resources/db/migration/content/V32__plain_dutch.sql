-- Plainer Dutch (B1) for the two pages written for victims, with the same meaning as the seed of V2
-- (V2 itself stays untouched because Flyway checks its checksum): short sentences, common words
-- instead of "tussenpersoon", "strafbare dingen", "uitgezet" and "geleden", and the terms a victim
-- meets later ("aangifte", "bedenktijd", "zorgcoördinator") explained where they first appear.
-- Only rows that no editor has saved since the seed (version 0) are changed, so an editor's own
-- rewrite is never overwritten.

update content.information_page set body = '<p>Misschien herkent u iets hiervan:</p>
<ul>
<li>U moet een schuld afbetalen die steeds groter wordt.</li>
<li>Iemand anders heeft uw paspoort of identiteitskaart.</li>
<li>U krijgt weinig of geen geld voor uw werk, of u moet het afgeven.</li>
<li>U woont waar uw baas of iemand die uw werk of woning regelt dat zegt. U mag daar niet zomaar weg.</li>
<li>U wordt bedreigd, of uw familie wordt bedreigd.</li>
<li>U moet seks hebben met anderen, of dingen doen die tegen de wet zijn.</li>
</ul>
<p>Dan kunt u slachtoffer zijn van mensenhandel. Dat is niet uw schuld. U heeft recht op hulp: een veilige plek, een dokter, een advocaat en een tolk. Als u geen verblijfsvergunning heeft, krijgt u eerst tijd om na te denken. U beslist zelf of u naar de politie gaat.</p>
<p>Bent u nu in gevaar? Bel <strong>112</strong>. Wilt u eerst praten? Zoek de zorgcoördinator in uw gemeente op deze website. De zorgcoördinator is de persoon die hulp voor slachtoffers regelt.</p>'
where slug = 'ben-ik-slachtoffer' and version = 0;

update content.information_page set body = '<ul>
<li>U krijgt hulp, ook als u geen aangifte doet bij de politie.</li>
<li>U mag een advocaat nemen. Meestal hoeft u daarvoor niet te betalen.</li>
<li>Bij de politie krijgt u een tolk als u geen Nederlands spreekt.</li>
<li>Komt u van buiten de Europese Unie en heeft u geen verblijfsvergunning? Dan krijgt u eerst bedenktijd: tijd om rustig na te denken. In die tijd wordt u niet uit Nederland weggestuurd.</li>
<li>U kunt geld krijgen voor de schade die u heeft.</li>
<li>Niemand mag uw verhaal doorvertellen zonder goede reden. Opvangadressen zijn geheim.</li>
</ul>
<p>Gebruik de <a href="/route-op-maat">route op maat</a> om te zien welke rechten voor u gelden.</p>'
where slug = 'uw-rechten-in-het-kort' and version = 0;

-- Summaries are shown as plain text, so the seed's &quot; appeared literally on the stories page.
update content.story
set summary = 'Een verzonnen verhaal over een jonge vrouw die via een "vriend" in de prostitutie belandde, ter illustratie.'
where slug = 'voorbeeld-de-vriend' and version = 0;
