// The public pages' only script, plain ES5 so any browser runs it, allowed by its hash in the
// snapshot's Content-Security-Policy. Everything works without it.
// 1. Arrow keys, Home and End move focus between the days of an uptime bar.
// 2. Every <time data-local> is rewritten into the visitor's time zone, in the server's layout
//    ("24 Nov 2026, 23:58 CET"), and #tz-note says so; without it the page's zone is named.
const script = `(function(){
document.addEventListener("keydown",function(e){var li=e.target;if(!li||!li.parentNode||!/\\buptime\\b/.test(li.parentNode.className))return;
var k=e.key,n=k==="ArrowRight"?li.nextElementSibling:k==="ArrowLeft"?li.previousElementSibling:k==="Home"?li.parentNode.firstElementChild:k==="End"?li.parentNode.lastElementChild:null;
if(!n)return;e.preventDefault();li.tabIndex=-1;n.tabIndex=0;n.focus();});
try{
var z=Intl.DateTimeFormat().resolvedOptions().timeZone,w=document.querySelector("[data-zone]"),p=w&&w.getAttribute("data-zone");
if(!z||z===p)return;
var M=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"];
var f=new Intl.DateTimeFormat("en-US",{timeZone:z,year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",hourCycle:"h23"});
function n(d,l){var g=new Intl.DateTimeFormat(l,{timeZone:z,timeZoneName:"short"}).formatToParts(d);for(var i=0;i<g.length;i++)if(g[i].type==="timeZoneName")return g[i].value;return z}
function zn(d){var b=n(d,"en-GB");if(!/^GMT[+-]/.test(b))return b;var a=n(d,"en-US");return /^GMT[+-]/.test(a)?b:a}
function pad(v){return(v<10?"0":"")+v}
var t=document.querySelectorAll("time[data-local]");
for(var i=0;i<t.length;i++){var e=t[i],d=new Date(e.getAttribute("datetime")),o={},s=f.formatToParts(d);
for(var j=0;j<s.length;j++)o[s[j].type]=parseInt(s[j].value,10);
var hm=pad(o.hour%24)+":"+pad(o.minute)+" "+zn(d);
e.textContent=e.getAttribute("data-local")==="time"?hm:o.day+" "+M[o.month-1]+" "+o.year+", "+hm;}
var note=document.getElementById("tz-note");
if(note)note.textContent="Times are shown in your time zone ("+z+").";
}catch(x){}})();`;

export function PublicPageScript() {
  return <script data-beacon="" dangerouslySetInnerHTML={{ __html: script }} />;
}
