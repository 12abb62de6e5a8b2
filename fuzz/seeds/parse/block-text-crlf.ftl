-t = { $case ->
    [gen] Gen
   *[nom] Nom
}
    .gender = f
m =
    Zeile { -t(case: "gen") }

      eingerückt
    { NUMBER($n, style: "x") }
    .a = { "\u00e4\{" } { -1.5 }
# Kommentar
j = { $n ->
    [one] a
   *[other] { { m.a } }
}
kaputt = { 
