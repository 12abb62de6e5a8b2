-brand-name = hkk
    .gender = feminine
-it-provider = { "Bitmarck" }
notice-title = { -brand-name } und { -it-provider }
notice-summary = { -brand-name.gender ->
        [feminine] Die { -brand-name(case: "nom") }
       *[other] { -brand-name }
    }
notice-fraud-rule = { notice-title } { 42 } { NUMBER(1) } <b>&amp;</b>
    .hint = { notice-summary.hint }
