# A stack-based (RPN) calculator plus an infix-to-RPN converter (shunting yard).
class CalcError(Exception):
    pass
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}
def to_rpn(expr):
    out, ops = [], []
    tokens = expr.replace("(", " ( ").replace(")", " ) ").split()
    for tok in tokens:
        if tok in PREC:
            while ops and ops[-1] in PREC and (PREC[ops[-1]] > PREC[tok] or (PREC[ops[-1]] == PREC[tok] and tok not in RIGHT)):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise CalcError("unbalanced ')'")
            ops.pop()
        else:
            out.append(tok)
    while ops:
        op = ops.pop()
        if op == "(":
            raise CalcError("unbalanced '('")
        out.append(op)
    return out
def evaluate(rpn):
    stack = []
    for tok in rpn:
        if tok in PREC:
            if len(stack) < 2:
                raise CalcError(f"not enough operands for {tok!r}")
            b, a = stack.pop(), stack.pop()
            if tok == "+": stack.append(a + b)
            elif tok == "-": stack.append(a - b)
            elif tok == "*": stack.append(a * b)
            elif tok == "/":
                if b == 0:
                    raise CalcError("division by zero")
                stack.append(a / b)
            elif tok == "%": stack.append(a % b)
            elif tok == "^": stack.append(a ** b)
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                try:
                    stack.append(float(tok))
                except ValueError:
                    raise CalcError(f"bad token {tok!r}") from None
    if len(stack) != 1:
        raise CalcError(f"malformed expression, stack = {stack}")
    return stack[0]
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "7 % 3 + 1.5", "((2))", "100 - 10 - 1",
             "1 / 0", "(1 + 2", "1 + 2)", "2 * x", "3 3"]:
    try:
        rpn = to_rpn(expr)
        print(f"{expr:14} => {' '.join(rpn):18} = {evaluate(rpn)}")
    except CalcError as e:
        print(f"{expr:14} => error: {e}")
