-t = T
a = { -t(-t(-t(-t(-t(-t(-t(-t(-t(-t(-t(-t("x")))))))))))) }
b = { NUMBER(NUMBER(NUMBER(NUMBER(NUMBER(NUMBER(NUMBER(NUMBER(NUMBER(NUMBER(NUMBER(NUMBER(1)))))))))))) }
c = { 1 ->
   *[a] " { { { { { { { { { { { { "x" } } } } } } } } } } } }
}
d = { -t(case: NUMBER(x: 1), 2) }
    .attr = { $x ->
        [one] { -t.a }
       *[other] \u0041 { "\U01F600" }
    }
e = broken { -t(x: 1, x: 2) }
f = { foo(1) }
