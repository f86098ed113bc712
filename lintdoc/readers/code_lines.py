"""Code pasted into a draft as ordinary paragraphs (no code style, no monospace font): its quotes, brackets
and semicolons are the language's, not punctuation to correct, so such lines take part in no prose rule.

A line is code when it has the shape of code (a JSON key, a struct field with its tag, an assignment, a
call, a keyword statement, a line of braces) and is mostly Latin, or a neighbouring line is code too. A Word
list whose written items are mostly code is a listing numbered by Word: all its items are code.

Fails (marked code):  "ZUA": "郑州航空工业管理学院",   Kind string `json:"类型"`   import numpy as np
                      model\xa0=\xa0dict(   (pasted from a web page: no-break spaces)
                      JMenuItem equipV = new JMenuItem("装备");   gotowar[index].setLabel("已上阵");   // 加入新成员
                      f_sck <= ~f_sck;   always @(posedge clk) begin   end   .I_rst_n(I_rst_n),   wire W_key_pos;
                      @PostMapping("/login")   public Map login(…,   Map<String, String> map = new HashMap<>();
                      $.ajax({   }while(退出命令)   url: "/upload",
                      s2.push(m_string);   //如果碰到")"   CCount::~CCount()   <layout class="QHBoxLayout" name="h2">
                      `active_id` char(13) NOT NULL COMMENT '活动编号',   PRIMARY KEY (`id`)   ) ;
                      ```python   (a Markdown fence pasted into a Word file)   screen.blit(bg, (0, 0))   elif x == 'a':  draw1()
                      1.0f,  1000.f,        //水的参数   ));// 红色的水   }, [searchText, rows]);
                      std::cout << "登录成功!\n";   std::vector<User*> users;   bool ValidPassword(std::string pw);
                      /**   * @param message ：发送的话   */   <EditText   android:id="@+id/sr"   │ (Vue组件) │
Passes (prose):  完成了数据库设计;   Status: done   “十四五”规划顺利收官   Public outreach reached 300 people (see table);
                 Budget approved;   Meeting with Bob (Monday);
"""
from __future__ import annotations

from lintdoc import rx
from lintdoc.model import CODE, LITERAL

# (tried on each of a paragraph's first LINES_MAX lines, cut to LINE_MAX: code lines are short, and no
# pattern may cross a line or run long)
SHAPES = rx.compile(
    r"""^[ \t]*["'][^"'\n]{1,40}["'][ \t]*:[ \t]*\S"""                 # "key": value
    r"""|`(?:json|xml|yaml|db|gorm|form):"[^"`]*"`"""                  # a Go struct tag
    r"""|^[ \t]*[A-Za-z_]\w*[ \t]+(?:\*?\[\])?(?:string|int|int64|uint|float64|float32|bool|byte|map\[\w+\]\w+)(?=[ \t]*(?:`|//|$))"""
    r"""|^[ \t]*[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+[ \t]+(?:AS[ \t]+)?['"`]"""        # table.column '别名'
    r"""|^[ \t]*(?:def|class|func)[ \t]+[A-Za-z_]\w*[ \t]*[(:{]|^[ \t]*(?:import[ \t]+[\w.]+|from[ \t]+[\w.]+[ \t]+import\b|package[ \t]+\w+[ \t]*$)"""
    r"""|^[ \t]*(?:SELECT|INSERT[ \t]+INTO|UPDATE|DELETE[ \t]+FROM|CREATE[ \t]+TABLE|FROM|WHERE|LEFT[ \t]+JOIN)\b"""
    r"""|^[ \t]*(?:const|let|var|return|print|console\.log|System\.out)\b[^。，；\n]*[=(;]"""
    r"""|^[ \t]*[A-Za-z_][\w.\[\]'"]*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*[ \t]*(?:[+\-*/]?=|:=)[ \t]*[^=\s]"""   # an assignment
    r"""|^[ \t]*[A-Za-z_][\w.]*(?:::~?[A-Za-z_]\w*)?\((?:[^()\n]|\([^()\n]*\))*\)[ \t]*[;,]?[ \t]*$"""   # a call on its own line (C++: A::~A(); f(a, (0, 0)))
    r"""|^[ \t]*[A-Za-z_][\w.]*\([ \t]*$"""                                    # …or opening one: dict(
    r"""|^[ \t]*[A-Za-z_][\w.<>\[\]]*[ \t]+[A-Za-z_]\w*[ \t]*=[^=\n][^\n]*[;,(][ \t]*$"""    # a typed declaration: String s = …; (or going on: …,)
    r"""|^[ \t]*[A-Za-z_][\w.\[\]]*\([^\n]*\)[ \t]*;[ \t]*$"""                  # a call statement: a[i].setLabel("…");
    r"""|,[ \t]*[A-Za-z_][\w.]*\)[ \t]*;[ \t]*$|^[ \t]*//"""                     # a call's last line (…, a.image);), a comment
    r"""|^[ \t]*(?:if|elif|else|for|while|with|try|except|finally)\b[^\n]*:[ \t]*$"""      # a block's header
    r"""|^[ \t]*(?:if|elif|else|for|while|with|try|except|finally)\b[^\n]*:[ \t]+[A-Za-z_][\w.]*\([^\n]*\)[ \t]*$"""   # …with its one statement: else:  draw7()
    r"""|^[ \t]*["'][^"'\n]*["'][ \t]*,[ \t]*$"""                               # an item of a list of strings
    r"""|^[ \t{}\[\]();,]*[{}\[\]][ \t{}\[\]();,]*$"""                   # braces alone
    r"""|^[ \t]*\){1,4}[ \t]*;?[ \t]*$"""                                         # a statement's closing ); or )) alone
    r"""|^[ \t]*\}[ \t]*,[^\n]*\)[ \t]*;[ \t]*$"""                                 # a callback's end and its call's: }, [deps]);
    r"""|^(?=[^\n]*\d)[ \t]*[A-Za-z0-9_.+-]+(?:[ \t]*,[ \t]*[A-Za-z0-9_.+-]+)*[ \t]*,[ \t]*$"""   # a line of arguments: 1.0f,  1000.f,
    r"""|^[ \t]*(?:```|~~~)[\w+-]*[ \t]*$"""                                          # a Markdown fence pasted into Word
    # a hardware description or C-like block: f_sck <= ~f_sck;  always @(posedge clk) begin  if(!rst) begin  end
    r"""|^[ \t]*[A-Za-z_][\w.:]*(?:\[[^\]\n]{0,40}\])?[ \t]*<=[ \t]*[^;\n]*;"""
    r"""|^[ \t]*(?:else[ \t]+)?(?:if|for|while|switch|case|always|initial|repeat)[ \t]*@?[ \t]*\([^\n]*\)[ \t]*(?:begin|\{)?[ \t]*(?://[^\n]*)?$"""
    r"""|^[ \t]*(?:begin|end|endcase|endmodule|else(?:[ \t]+begin)?|end[ \t]+else(?:[ \t]+begin)?)[ \t]*(?://[^\n]*)?$"""
    r"""|^[ \t]*(?:\d+'[bdhoBDHO][0-9A-Fa-fxXzZ_]+[ \t]*:|default[ \t]*:[ \t]*(?:begin)?[ \t]*$)"""   # a case item: 8'd0 :
    r"""|^[ \t]*(?:else[ \t]+)?if[ \t]*\([^\n]*;[ \t]*$"""                            # if(!rst) q = 0;
    r"""|^[ \t]*(?:wire|reg|input|output|inout|assign|parameter|localparam|module|integer)\b[^\n]*;"""   # Verilog declarations
    r"""|^[ \t]*\.[A-Za-z_]\w*\([^\n]*\)[ \t]*,?[ \t]*$"""                            # a port connection: .clk(f_sck),
    r"""|^[ \t]*[A-Za-z_]\w*[ \t]+[A-Za-z_]\w*[ \t]*\([ \t]*$"""                        # an instance opening: DRIVER inst0(
    r"""|^[ \t]*/\*[^\n]*\*/[ \t]*$"""                                                 # a /* comment */ line
    # a block comment's opening or closing line alone, a Javadoc tag's line (/**, * @param message 发送的话, */)
    r"""|^[ \t]*/\*\*?[ \t]*$|^[ \t]*\*/[ \t]*$|^[ \t]*\*[ \t]*@(?:param|return|returns|throws|exception|author|since|see|version|deprecated)\b"""
    # a diagram drawn with box-drawing characters (┌──────┐, │ (Vue组件) │, └──┬──┘) and a folder's tree
    # (├── static/   # 静态文件 (CSS, JavaScript)); not a tree of items (├── Subscription (Tier 1): $X (X%))
    r"""|[─━═]{5}|^[ \t]*[│┃║][^\n]*[│┃║][ \t]*$|^[ \t│┃]*[├└]──[ \t]*[\w.-]+(?:/|\.\w{1,5})(?:[ \t]|$)"""
    # a C function's header alone, its brace on the next line (int alg_NF(int pid , Block** last)), and a call going on
    # after its first arguments (printf("[%d-%d] 大小:%d 占用 (进程%d)\n",)
    r"""|^[ \t]*(?:static[ \t]+|inline[ \t]+|const[ \t]+)*(?:void|int|bool|char|double|float|long|short|unsigned|size_t)[ \t]*\**[ \t]+\**[A-Za-z_]\w*[ \t]*\((?:[^()\n]*[A-Za-z_]\w*[ \t]*[*&]*[ \t]+[*&]*[A-Za-z_]\w*[^()\n]*|[ \t]*(?:void)?[ \t]*)\)[ \t]*$"""
    r"""|^[ \t]*[A-Za-z_][\w.]*\((?:"(?:[^"\\\n]|\\.)*"|[^()\n"])*,[ \t]*$"""
    # an Android or XAML layout's element opening alone (<EditText) and its namespaced attributes (android:id="@+id/sr")
    r"""|^[ \t]*<[A-Z][\w.]*[ \t]*$|^[ \t]*[a-z]+:[A-Za-z_]\w*="[^"\n]*"[ \t]*/?>?[ \t]*$"""
    # C++: a stream statement (std::cout << "登录成功!\n";), a declaration whose type is a built-in, qualified,
    # generic or pointer type (bool is_optional_;, std::vector<User*> users;, User* user;), a function's declaration
    # or one-line definition with such a return type (bool Valid(std::string pw);, void print() { … }), a ; alone
    r"""|^[ \t]*[A-Za-z_][\w:.]*(?:\[[^\]\n]*\])?(?:\(\))?[ \t]*(?:<<|>>)[^\n]*;[ \t]*$"""
    r"""|^[ \t]*(?:(?:const|static|extern|unsigned|virtual|inline)[ \t]+)*"""
    r"""(?:void|int|bool|char|double|float|long|short|auto|size_t|[A-Za-z_]\w*(?:::[A-Za-z_]\w*)+(?:<[^<>\n]*(?:<[^<>\n]*>)?[^<>\n]*>)?"""
    r"""|[A-Za-z_]\w*<[^<>\n]*(?:<[^<>\n]*>)?[^<>\n]*>|[A-Za-z_]\w*(?=[*&]))[*&]*[ \t]+[*&]*~?[A-Za-z_]\w*(?:::~?[A-Za-z_]\w*)?"""
    r"""(?:\[[^\]\n]*\])?(?:[ \t]*;|[ \t]*\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)[ \t]*(?:const[ \t]*)?(?:;|\{))"""
    r"""|^[ \t]*;[ \t]*$"""
    # …a statement or a label its comment follows (Token tmp;  // 令牌, login:  // 登录标签), a member call (user->print();)
    r"""|;[ \t]*//[^\n]*$|^[ \t]*[A-Za-z_]\w*:[ \t]+//[^\n]*$"""
    r"""|^[ \t]*[A-Za-z_]\w*(?:(?:->|\.)[A-Za-z_]\w*)*->[A-Za-z_]\w*\([^\n]*\)[ \t]*;"""
    # Java, C#, JavaScript: an annotation or decorator alone (@PostMapping("/login")), a declaration led by its
    # modifiers or annotations (public Map login(…, private String name;, @RequestParam(…) String pw) {), one of a
    # generic type (Map<String, String> map = …;), a jQuery call ($.ajax({), a block going on after its brace
    # (} else {, }while(…)), a key of an object literal (url: "…",)
    r"""|^[ \t]*@[A-Za-z][\w.]*(?:\([^\n]*\))?[ \t]*$"""
    r"""|^[ \t]*(?:(?:public|private|protected|static|final|abstract|synchronized|override|readonly)[ \t]+"""
    r"""|@[A-Za-z]\w*(?:\([^()\n]*\))?[ \t]+)+"""                               # …its modifiers or annotations,
    r"""(?:(?:[A-Z][\w.<>\[\],]*|int|void|long|double|float|boolean|char|byte|short|string|bool|var)[ \t]+)?"""  # a type,
    r"""[A-Za-z_]\w*[ \t)]*(?:\(|=|;|\{)"""                                          # a name and what follows it
    r"""|^[ \t]*[A-Za-z_][\w.]*<[^<>\n]*(?:<[^<>\n]*>[^<>\n]*)?>[ \t]+[A-Za-z_]\w*[ \t]*[=;]"""
    r"""|^[ \t]*\$\.?[\w.]*\(|^[ \t]*\}[ \t]*(?:else|while|catch|finally)\b"""
    r"""|^[ \t]*[a-z_]\w*[ \t]*:[ \t]*(?:["'\d\[{]|function\b|true\b|false\b|null\b)[^\n]*,[ \t]*$"""
    # SQL DDL: a column with its type (`active_id` char(13) NOT NULL COMMENT '活动编号',), a key, the table's options
    r"""|^[ \t]*(?:`[A-Za-z_]\w*`[ \t]+(?:tinyint|smallint|mediumint|bigint|int|integer|char|varchar|nvarchar|text|"""
    r"""longtext|mediumtext|datetime|date|timestamp|time|decimal|numeric|float|double|real|bool|boolean|blob|json|enum|"""
    r"""serial|uuid)\b|[A-Za-z_]\w*[ \t]+(?:tinyint|smallint|mediumint|bigint|int|integer|char|varchar|nvarchar|text|"""
    r"""datetime|date|timestamp|decimal|numeric|float|double|bool|boolean|blob|json|serial|uuid)\b(?:\([^()\n]*\))?"""
    r"""[ \t]+(?i:not[ \t]+null|auto_increment|primary[ \t]+key|unsigned|character[ \t]+set|collate|comment[ \t]+'))"""
    r"""|^[ \t]*(?:PRIMARY|UNIQUE|FOREIGN)[ \t]+KEY\b|^[ \t]*\)[ \t]*(?:ENGINE|DEFAULT[ \t]+CHARSET)[ \t]*="""
    # a Python docstring on its line, after its function's signature or alone ('''处理键盘的信号''')
    r"""|^[ \t]*(?:[A-Za-z_]\w*\([^()\n]*\)[ \t]*)?(?:'''|\"\"\")[^\n]*(?:'''|\"\"\")[ \t]*$"""
    # an XML element with its attributes alone on a line (a Qt .ui file: <layout class="QHBoxLayout" name="h2">);
    # not HTML's, which Markdown holds as text (<img src="a.png" alt="TODO">), nor a bare <days> stand-in
    r"""|^[ \t]*<(?!(?:img|a|p|div|span|br|hr|table|tr|td|th|ul|ol|li|b|i|u|em|strong|mark|font|center|details|"""
    r"""summary|figure|figcaption|iframe|video|audio|source|picture|sup|sub|h[1-6]|input|meta|link)\b)[A-Za-z?!][\w:.-]*"""
    r"""(?:[ \t]+[\w:.-]+=(?:"[^"\n]*"|'[^'\n]*'))+[ \t]*/?>(?:</[\w:.-]+>)?[ \t]*$""")
LINE_MAX, LINES_MAX = 300, 200
MAYBE_CODE = rx.compile(r"[A-Za-z{}\[\]\"'`/);\u2500-\u257f]")
HAN = rx.compile(r"[\u3400-\u9fff]")


# code copied from a web page keeps its indentation and spaces as no-break spaces
SPACES = str.maketrans({"\xa0": " ", "\u2007": " ", "\u202f": " "})


# a comment at a line's end, in any language (s2.push(m_string);   //如果碰到")"), not the // of a URL
# (a run of spaces is tried once, from its start: tried from each of its spaces, a long run costs its square)
COMMENT_TAIL = rx.compile(r"(?:(?<=[;{}()])|(?<![ \t])[ \t]+)//[^\n]*$")


def code_shaped(text: str) -> bool:
    if not MAYBE_CODE.search(text):
        return False                  # every shape needs a Latin letter, a bracket, a quote, a slash or a ;
    text = text.translate(SPACES)
    return any(SHAPES.search(line[:LINE_MAX]) or SHAPES.search(COMMENT_TAIL.sub("", line[:LINE_MAX]))
               for line in text.split("\n", LINES_MAX)[:LINES_MAX])


def _mostly_latin(text: str) -> bool:
    text = "\n".join(COMMENT_TAIL.sub("", line) for line in text.split("\n"))    # (a comment may be in Chinese)
    letters = [c for c in text if not c.isspace()]
    return bool(letters) and sum(1 for c in letters if HAN.match(c)) < 0.3 * len(letters)


BLOCK_END = rx.compile(r"^[ \t]+(?:\.\.\.|…|pass|return\b[^\n]{0,40}|[})\]];?|end)[ \t]*$")
LISTING_SHARE = 0.6     # of a Word list's written items that are code, for the list to be a listing
LISTING_MIN = 3


def mark_code(doc) -> None:
    """Flag as CODE the body and table paragraphs that are code by their shape, and every item of a Word list
    that is a listing (its automatic numbers are line numbers: most of its written items are code)."""
    lines = [p for p in doc.paragraphs if p.part in ("body", "table") and not p.flags & LITERAL and p.text.strip()]
    shaped = [code_shaped(p.text) for p in lines]
    for i, p in enumerate(lines):
        if shaped[i] and (_mostly_latin(p.text) or (i > 0 and shaped[i - 1]) or (i + 1 < len(shaped) and shaped[i + 1])):
            p.flags.add(CODE)
    # an indented line of no Chinese after a line of code is code too when code follows it or it ends a block
    # (        return True, an elided body: ...)
    for i in range(1, len(lines)):
        p = lines[i]
        if CODE not in p.flags and CODE in lines[i - 1].flags and p.text[:1] in " \t" and not HAN.search(p.text) \
                and ((i + 1 < len(lines) and CODE in lines[i + 1].flags) or BLOCK_END.match(p.text)):
            p.flags.add(CODE)
    lists = {}
    for p in doc.paragraphs:
        if p.num and p.label and p.part in ("body", "table"):
            lists.setdefault(p.num[0], []).append(p)
    for items in lists.values():
        written = [p for p in items if p.text.strip()]
        code = sum(1 for p in written if CODE in p.flags)
        if code >= LISTING_MIN and code >= LISTING_SHARE * len(written):
            for p in items:
                if not p.flags & LITERAL:
                    p.flags.add(CODE)
